import 'server-only';
import { mediaTypeOf } from '@/lib/url-import/decode-html';
import { UrlImportError } from '@/lib/url-import/errors';
import { fetchResource, type FetchedResource } from '@/lib/url-import/fetch-page';

// Feeds are served under many types; HTML means the address is a page, not its feed.
const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
  'application/x-rss+xml',
  'text/plain',
]);

/** The feed at `url` through the URL import's guard and limits; 304 when `held` is still current. */
export function fetchFeed(
  url: string,
  held: { etag?: string | null; lastModified?: string | null } = {},
): Promise<FetchedResource> {
  return fetchResource(url, {
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9',
    isWanted: (type) => FEED_TYPES.has(mediaTypeOf(type)) || mediaTypeOf(type).endsWith('+xml'),
    unwanted: (type) =>
      new UrlImportError(
        'not_feed',
        `That address is not a feed (it is ${mediaTypeOf(type) || 'of an unknown type'}); use the address of the site's RSS or Atom feed or sitemap.`,
      ),
    ...held,
  });
}
