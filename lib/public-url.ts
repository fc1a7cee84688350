import type { Env } from '@/lib/schemas/env';

/** The public site's address when the admin has not set one: PUBLIC_URL, NEXTAUTH_URL, else the port served on. */
export function defaultPublicUrl(env: Pick<Env, 'PUBLIC_URL' | 'NEXTAUTH_URL' | 'PORT'>): string {
  const configured = env.PUBLIC_URL ?? env.NEXTAUTH_URL;
  return (configured ?? `http://localhost:${env.PORT}`).replace(/\/+$/, '');
}
