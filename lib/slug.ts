import { randomBytes } from 'node:crypto';

/** A readable, URL-safe slug with a short random suffix so equal titles never collide. */
export function makeSlug(text: string, maxWords = 8): string {
  const base = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
    .slice(0, 80);
  return `${base || 'item'}-${randomBytes(3).toString('hex')}`;
}
