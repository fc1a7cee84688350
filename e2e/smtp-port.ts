// Where the app under test mails notifications (playwright.config.ts) and e2e/notifications.spec.ts listens.
export const e2eSmtpPort = () =>
  Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 20);
