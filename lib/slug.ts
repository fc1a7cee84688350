import { randomBytes } from 'node:crypto';

/** Lower-case ASCII words joined by hyphens (accents dropped, other characters split words), at most 80 characters. */
function slugify(text: string, maxWords = Infinity): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords)
    .join('-')
    .slice(0, 80);
}

/** A readable, URL-safe slug with a short random suffix so equal titles never collide. */
export const makeSlug = (text: string) =>
  `${slugify(text, 8) || 'item'}-${randomBytes(3).toString('hex')}`;

/** A speaker's URL slug, from the name alone so the same name always gives the same page. */
export const speakerSlug = (name: string) => slugify(name) || 'unnamed';
