import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';
import { defaultPublicUrl } from '@/lib/public-url';

/** Whether email notifications are on: only when SMTP_URL is configured. */
export const emailEnabled = () => !!env.SMTP_URL;

let transport: Transporter | null = null;

/** The SMTP transport for SMTP_URL (null when unset); a connection factory, no shared state. */
export function mailTransport(): Transporter | null {
  if (!env.SMTP_URL) return null;
  transport ??= nodemailer.createTransport(
    {
      url: env.SMTP_URL,
      // Short timeouts: a deliverer's lease on a message (deliver.ts) must outlast one attempt.
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
    },
    { from: env.MAIL_FROM },
  );
  return transport;
}

/** The newsroom's address for links in emails: NEXTAUTH_URL, else the public site setting. */
export function newsroomBaseUrl(settingsUrl: string | null | undefined): string {
  return (env.NEXTAUTH_URL ?? settingsUrl ?? defaultPublicUrl(env)).replace(/\/+$/, '');
}
