// RSS 2.0, RSS 1.0 (RDF), Atom and sitemaps (urlset; a sitemap index lists sitemaps, not articles).
import { XMLParser } from 'fast-xml-parser';

export interface FeedEntry {
  /** Stable identity of the entry within its feed: guid/id, else the link. */
  guid: string;
  url: string;
  title: string | null;
  publishedAt: Date | null;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'sitemap';
  title: string | null;
  entries: FeedEntry[];
}

export class FeedFormatError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  textNodeName: '#text',
  isArray: (name) => ['item', 'entry', 'url', 'sitemap', 'link'].includes(name),
  processEntities: true,
  htmlEntities: true,
});

type Node = Record<string, unknown>;

function text(value: unknown): string | null {
  if (value == null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Node)['#text']);
  return null;
}

function date(value: unknown): Date | null {
  const raw = text(value);
  const parsed = raw ? new Date(raw) : null;
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null;
}

function httpUrl(raw: string | null, base: string): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function list(value: unknown): Node[] {
  return (Array.isArray(value) ? value : value ? [value] : []) as Node[];
}

function entry(url: string | null, guid: string | null, title: unknown, published: unknown) {
  return url ? [{ url, guid: guid || url, title: text(title), publishedAt: date(published) }] : [];
}

function atomLink(links: unknown, base: string): string | null {
  const all = list(links);
  const alternate =
    all.find((link) => !link['@rel'] || link['@rel'] === 'alternate') ?? all[0] ?? null;
  return alternate ? httpUrl(text(alternate['@href']) ?? text(alternate), base) : null;
}

/** Entries of a feed or sitemap, in document order; `base` resolves relative links. */
export function parseFeed(xml: string, base: string): ParsedFeed {
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (error) {
    throw new FeedFormatError(`The feed is not well-formed XML (${(error as Error).message}).`);
  }
  const rss = doc.rss as Node | undefined;
  if (rss) {
    const channel = (list(rss.channel)[0] ?? {}) as Node;
    return {
      format: 'rss',
      title: text(channel.title),
      entries: list(channel.item).flatMap((item) =>
        entry(
          httpUrl(text(item.link), base) ?? httpUrl(text(item.guid), base),
          text(item.guid),
          item.title,
          item.pubDate ?? item.date,
        ),
      ),
    };
  }
  const rdf = doc.RDF as Node | undefined;
  if (rdf)
    return {
      format: 'rdf',
      title: text((rdf.channel as Node | undefined)?.title),
      entries: list(rdf.item).flatMap((item) =>
        entry(httpUrl(text(item.link), base), text(item['@about']), item.title, item.date),
      ),
    };
  const feed = doc.feed as Node | undefined;
  if (feed)
    return {
      format: 'atom',
      title: text(feed.title),
      entries: list(feed.entry).flatMap((item) =>
        entry(atomLink(item.link, base), text(item.id), item.title, item.published ?? item.updated),
      ),
    };
  const urlset = doc.urlset as Node | undefined;
  if (urlset)
    return {
      format: 'sitemap',
      title: null,
      entries: list(urlset.url).flatMap((item) => {
        const news = item.news as Node | undefined;
        return entry(
          httpUrl(text(item.loc), base),
          null,
          news?.title,
          news?.publication_date ?? item.lastmod,
        );
      }),
    };
  if (doc.sitemapindex)
    throw new FeedFormatError(
      'This is a sitemap index (a list of sitemaps, not of articles): watch one of the sitemaps it lists.',
    );
  throw new FeedFormatError(
    'This is XML but not a feed: expected RSS, Atom or a sitemap (<rss>, <feed>, <rdf:RDF> or <urlset>).',
  );
}
