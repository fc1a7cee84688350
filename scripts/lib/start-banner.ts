import { DEMO_PASSWORD, DEMO_USERS } from '@/prisma/demo-data';

/** The line `npm start` prints; the demo password only for the embedded demo database. */
export function startBanner({ port, embedded }: { port: number; embedded: boolean }): string {
  const url = `factdesk: http://localhost:${port}`;
  if (!embedded) return url;
  return `${url}  ·  demo logins (password "${DEMO_PASSWORD}"): ${DEMO_USERS.map((u) => u.email).join(', ')}`;
}
