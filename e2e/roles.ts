export const DEMO_PASSWORD = 'factdesk-demo';

export const ROLE_LOGINS = {
  journalist: { email: 'journalist@factdesk.test', name: 'Jordan Journalist', label: 'Journalist' },
  editor: { email: 'editor@factdesk.test', name: 'Emery Editor', label: 'Editor' },
  admin: { email: 'admin@factdesk.test', name: 'Alex Admin', label: 'Admin' },
} as const;

export type RoleName = keyof typeof ROLE_LOGINS;

// Per port, so parallel test runs on one machine never swap each other's sessions.
export const storageStateFor = (role: RoleName) =>
  `e2e/.auth/${process.env.E2E_PORT ?? '3100'}/${role}.json`;
