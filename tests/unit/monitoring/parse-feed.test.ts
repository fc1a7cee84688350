import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseFeed } from '@/lib/monitoring/parse-feed';

const BASE = 'https://news.example/feed';

describe('parseFeed', () => {
  it('reads RSS 2.0 items: link, guid, title, date; relative links resolved', () => {
    const feed = parseFeed(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
        <item><title>One &amp; two</title><link>/a/1</link><guid isPermaLink="false">id-1</guid>
          <pubDate>Mon, 30 Nov 2026 09:00:00 GMT</pubDate></item>
        <item><title>Only a guid</title><guid>https://news.example/a/2</guid></item>
        <item><title>No address</title></item>
      </channel></rss>`,
      BASE,
    );
    expect(feed.format).toBe('rss');
    expect(feed.entries).toEqual([
      {
        guid: 'id-1',
        url: 'https://news.example/a/1',
        title: 'One & two',
        publishedAt: new Date('2026-11-30T09:00:00Z'),
      },
      {
        guid: 'https://news.example/a/2',
        url: 'https://news.example/a/2',
        title: 'Only a guid',
        publishedAt: null,
      },
    ]);
  });

  it('reads Atom entries, preferring the alternate link', () => {
    const feed = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
        <entry><id>tag:x,1</id><title type="html">A</title>
          <link rel="self" href="https://news.example/self"/><link rel="alternate" href="https://news.example/a"/>
          <updated>2026-11-29T10:00:00Z</updated></entry></feed>`,
      BASE,
    );
    expect(feed.entries).toEqual([
      {
        guid: 'tag:x,1',
        url: 'https://news.example/a',
        title: 'A',
        publishedAt: new Date('2026-11-29T10:00:00Z'),
      },
    ]);
  });

  it('reads RDF (RSS 1.0) and sitemaps, including news sitemaps', () => {
    const rdf = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
        <item rdf:about="https://news.example/r"><title>R</title><link>https://news.example/r</link></item></rdf:RDF>`,
      BASE,
    );
    expect(rdf.entries.map((e) => e.url)).toEqual(['https://news.example/r']);
    const sitemap = parseFeed(
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://news.example/s1</loc><news:news><news:title>S1</news:title>
          <news:publication_date>2026-11-28</news:publication_date></news:news></url>
        <url><loc>https://news.example/s2</loc><lastmod>2026-11-27</lastmod></url></urlset>`,
      BASE,
    );
    expect(sitemap.format).toBe('sitemap');
    expect(sitemap.entries.map((e) => [e.url, e.title])).toEqual([
      ['https://news.example/s1', 'S1'],
      ['https://news.example/s2', null],
    ]);
  });

  it('says in words what is wrong: not XML, not a feed, a sitemap index; never a javascript: link', () => {
    expect(() => parseFeed('<html><body>hi</body></html>', BASE)).toThrow(FeedFormatError);
    expect(() => parseFeed('not xml at all <', BASE)).toThrow(/not|XML/);
    expect(() =>
      parseFeed('<sitemapindex><sitemap><loc>x</loc></sitemap></sitemapindex>', BASE),
    ).toThrow(/sitemap index/);
    const feed = parseFeed(
      '<rss><channel><item><link>javascript:alert(1)</link></item></channel></rss>',
      BASE,
    );
    expect(feed.entries).toEqual([]);
  });
});
