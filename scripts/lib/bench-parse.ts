// Pure parsing for `npm run bench:load`: links in rendered pages, search words, cookies, builds.

const decodeEntities = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#x2F;/gi, '/')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Every `<a …>` start tag's attributes, as name → value (lower-case names). */
function anchors(html: string): Record<string, string>[] {
  const tags = html.match(/<a\s[^>]*>/gi) ?? [];
  return tags.map((tag) => {
    const attributes: Record<string, string> = {};
    for (const match of tag.matchAll(/([a-zA-Z-]+)\s*=\s*("([^"]*)"|'([^']*)')/g))
      attributes[match[1].toLowerCase()] = decodeEntities(match[3] ?? match[4] ?? '');
    return attributes;
  });
}

/** The href of the page's `rel="next"` link (page number or opaque cursor alike), or null. */
export function nextPageHref(html: string): string | null {
  const next = anchors(html).find((attributes) =>
    (attributes.rel ?? '').split(/\s+/).includes('next'),
  );
  return next?.href ?? null;
}

/** Same-site links whose path starts with prefix and goes one segment deeper, in page order. */
export function linksUnder(html: string, prefix: string): string[] {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return anchors(html)
    .map(({ href }) => href)
    .filter((href): href is string => {
      if (!href?.startsWith(base)) return false;
      const rest = href.slice(base.length).split(/[?#]/)[0];
      return Boolean(rest) && !rest.includes('/');
    });
}

export const firstLinkUnder = (html: string, prefix: string): string | null =>
  linksUnder(html, prefix)[0] ?? null;

/** The text of the first link to href (tags dropped, entities decoded), or ''. */
export function linkText(html: string, href: string): string {
  for (const match of html.matchAll(/<a\s([^>]*)>([\s\S]*?)<\/a>/gi)) {
    const target = match[1].match(/href\s*=\s*"([^"]*)"/i)?.[1];
    if (target !== undefined && decodeEntities(target) === href)
      return decodeEntities(match[2].replace(/<[^>]+>/g, ' ')).trim();
  }
  return '';
}

/** Resolves an href found on the page at `from` into a path + query (what the bench requests). */
export function pathOf(href: string, from: string): string {
  const url = new URL(href, new URL(from, 'http://bench.invalid'));
  return `${url.pathname}${url.search}`;
}

const STOPWORDS = new Set(
  'about above after again against because before being below between could during every fewer from further have having into itself more most other over same should some such than that their them then there these they this those through under until very were what when where which while with would your'.split(
    ' ',
  ),
);

/** A search word taken from real text: its longest word of letters only (ties: the first), lower case. */
export function searchWordFrom(text: string): string | null {
  const words = (text.toLowerCase().match(/\p{L}{5,}/gu) ?? []).filter(
    (word) => !STOPWORDS.has(word),
  );
  return words.reduce<string | null>(
    (best, word) => (best === null || word.length > best.length ? word : best),
    null,
  );
}

/** `name=value` pairs of Set-Cookie headers, joined for a Cookie header (attributes dropped). */
export function cookieHeader(setCookies: string[]): string {
  const jar = new Map<string, string>();
  for (const line of setCookies) {
    const pair = line.split(';')[0];
    const at = pair.indexOf('=');
    if (at > 0) jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
}

/** True when the cookies hold a next-auth session (plain, `__Secure-` or chunked `.0` names). */
export const hasSessionCookie = (cookies: string) =>
  /(^|;\s*)(__Secure-)?next-auth\.session-token(\.\d+)?=/.test(cookies);

/**
 * The statically prerendered HTML pages of a build (`prerender-manifest.json`): paths that are
 * not internal (`/_…`), not API routes, and not files (feeds, icons); sorted, shortest first.
 */
export function prerenderedPages(manifest: unknown): string[] {
  const routes = (manifest as { routes?: Record<string, unknown> } | null)?.routes ?? {};
  return Object.keys(routes)
    .filter((path) => !/^\/(_|api\/)/.test(path) && !/\.[a-z0-9]+$/i.test(path))
    .sort((a, b) => a.length - b.length || a.localeCompare(b));
}
