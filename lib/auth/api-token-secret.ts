import { createHash, randomBytes } from 'node:crypto';

/** A new personal API token: shown once, stored only as its hash. */
export function generateApiToken(): { token: string; tokenHash: string } {
  const token = `fd_${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
