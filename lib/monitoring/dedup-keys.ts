// The two keys that make an article "the same article": its canonical address and its normalised text.
import { createHash } from 'node:crypto';

// Parameters that track the click, not the page (campaign tags of analytics and ad platforms).
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|_gl)$/i;

/**
 * The address with what does not change the page removed: scheme and host lower-cased, default
 * port, fragment, tracking parameters and a trailing slash dropped, remaining parameters sorted.
 * Null when it is not an http(s) address.
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const params = [...url.searchParams].filter(([key]) => !TRACKING_PARAM.test(key));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(params).toString();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/** Lower-case letters and digits only, one space between words: immune to layout and punctuation. */
export function normalisedBody(body: string): string {
  return body
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function bodyHash(body: string): string {
  return createHash('sha256').update(normalisedBody(body)).digest('hex');
}
