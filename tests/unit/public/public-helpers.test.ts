import { describe, expect, it } from 'vitest';
import { describeChanges } from '@/lib/data/public/corrections-diff';
import { escapeXml, renderAtom, renderRss } from '@/lib/data/public/feed-xml';
import { etagFor, matchesIfNoneMatch, cachedResponse } from '@/lib/data/public/http-cache';
import { safeHttpUrl } from '@/lib/data/public/safe-url';
import { parseSnapshotSources } from '@/lib/data/public/snapshot-sources';
import { speakerSlug } from '@/lib/slug';
import { lenientVerdictQuery, verdictQuerySchema } from '@/lib/schemas/verdict-query';
import type { PublicVerdictSummary } from '@/lib/data/public/verdicts';
import { buildClaimReview, serializeJsonLd, speakerType } from '@/lib/json-ld/claim-review';

describe('ETag and If-None-Match', () => {
  it('gives a stable strong ETag per body', () => {
    expect(etagFor('a')).toBe(etagFor('a'));
    expect(etagFor('a')).not.toBe(etagFor('b'));
    expect(etagFor('a')).toMatch(/^"[\w-]+"$/);
  });

  it('matches exact, weak, listed and * tags, and nothing else', () => {
    const tag = etagFor('body');
    expect(matchesIfNoneMatch(tag, tag)).toBe(true);
    expect(matchesIfNoneMatch(`W/${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesIfNoneMatch('*', tag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', tag)).toBe(false);
    expect(matchesIfNoneMatch(null, tag)).toBe(false);
  });

  it('answers 304 with no body when the client holds the current version', async () => {
    const fresh = cachedResponse(new Request('http://x/'), '{"a":1}', 'application/json');
    expect(fresh.status).toBe(200);
    const etag = fresh.headers.get('etag')!;
    const notModified = cachedResponse(
      new Request('http://x/', { headers: { 'If-None-Match': etag } }),
      '{"a":1}',
      'application/json',
    );
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('etag')).toBe(etag);
    expect(await notModified.text()).toBe('');
  });
});

describe('safe links', () => {
  it('keeps only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      '/relative',
      'ftp://x.org',
      '',
      null,
      42,
    ])
      expect(safeHttpUrl(bad)).toBeNull();
  });

  it('parses a sources snapshot defensively', () => {
    const sources = parseSnapshotSources([
      { url: 'javascript:alert(1)', title: 'Bad', kind: 'OTHER', stance: 'CONTEXT', note: null },
      { url: 'https://stats.example/t1', title: 'Table 1', kind: 'DATASET', stance: 'SUPPORTS' },
      'garbage',
    ]);
    expect(sources).toEqual([
      {
        url: 'javascript:alert(1)',
        title: 'Bad',
        href: null,
        kind: 'OTHER',
        stance: 'CONTEXT',
        note: null,
        accessedOn: null,
        archiveHref: null,
      },
      {
        url: 'https://stats.example/t1',
        title: 'Table 1',
        href: 'https://stats.example/t1',
        kind: 'DATASET',
        stance: 'SUPPORTS',
        note: null,
        accessedOn: null,
        archiveHref: null,
      },
    ]);
    expect(parseSnapshotSources(null)).toEqual([]);
  });
});

describe('speaker slugs', () => {
  it('are deterministic and readable', () => {
    expect(speakerSlug('Heorhii Tykhii')).toBe('heorhii-tykhii');
    expect(speakerSlug('  Recep Tayyip Erdoğan ')).toBe('recep-tayyip-erdogan');
    expect(speakerSlug('U.N. officials')).toBe('u-n-officials');
    expect(speakerSlug('!!!')).toBe('unnamed');
  });
});

describe('verdict query', () => {
  it('parses valid filters and refuses bad ones', () => {
    expect(
      verdictQuerySchema.parse({ page: '2', q: ' bridge ', rating: 'FALSE', from: '2026-01-01' }),
    ).toEqual({ page: 2, q: 'bridge', rating: 'FALSE', from: '2026-01-01' });
    for (const bad of [
      { page: 'x' },
      { page: '-1' },
      { rating: 'nope' },
      { from: '2026-13-01' },
      { from: '2026-02-02', to: '2026-01-01' },
    ])
      expect(verdictQuerySchema.safeParse(bad).success).toBe(false);
  });

  it('drops bad parameters for pages instead of failing', () => {
    expect(lenientVerdictQuery({ page: 'x', q: 'bridge', rating: 'not a key' })).toEqual({
      page: 1,
      q: 'bridge',
    });
  });
});

const verdict: PublicVerdictSummary = {
  slug: 'the-claim-abc123',
  statement: 'A & B says prices <rose> & "fell" </title><script>alert(1)</script>',
  claimText: 'Prices <rose> & "fell" </title><script>alert(1)</script>',
  speaker: 'A & B',
  speakerRole: null,
  rating: 'FALSE',
  ratingName: 'False',
  summary: 'It is <b>false</b>.\u0001',
  publishedAt: new Date('2026-01-02T00:00:00Z'),
  firstPublishedAt: new Date('2026-01-01T00:00:00Z'),
  articleSlug: 'a',
  articleTitle: 'A',
  articleOutlet: null,
};
const channel = {
  title: 'Desk',
  description: 'd',
  siteUrl: 'https://desk.example/',
  feedUrl: 'https://desk.example/feed.xml',
  itemUrl: (s: string) => `https://desk.example/claims/${s}`,
};

describe('feeds', () => {
  it('escape every text field and drop characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
    for (const xml of [renderRss(channel, [verdict]), renderAtom(channel, [verdict])]) {
      expect(xml).not.toContain('<script>');
      expect(xml).not.toContain('<b>');
      expect(xml).not.toContain('\u0001');
      expect(xml).toContain('https://desk.example/claims/the-claim-abc123');
    }
  });
});

describe('ClaimReview JSON-LD', () => {
  const review = buildClaimReview({
    pageUrl: 'https://desk.example/claims/x',
    statement: '</script><script>alert(1)</script>',
    speaker: 'Ministry of Health',
    speakerRole: null,
    rating: { name: 'False', value: 1, best: 5, worst: 1 },
    summary: 's',
    claimDate: new Date('2025-05-16T12:00:00Z'),
    appearances: [
      { url: 'https://news.example/a', headline: 'A', datePublished: null },
      { url: 'https://other.example/b', headline: 'B', datePublished: new Date('2025-06-01') },
    ],
    firstPublishedAt: new Date('2026-01-01T00:00:00Z'),
    modifiedAt: new Date('2026-01-02T00:00:00Z'),
    newsroom: { name: 'Desk', url: 'https://desk.example' },
  });

  it('has the fields search engines read', () => {
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://desk.example/claims/x',
      claimReviewed: '</script><script>alert(1)</script>',
      reviewRating: {
        '@type': 'Rating',
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: 'False',
      },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Organization', name: 'Ministry of Health' },
        appearance: [
          { '@type': 'CreativeWork', url: 'https://news.example/a', headline: 'A' },
          {
            '@type': 'CreativeWork',
            url: 'https://other.example/b',
            headline: 'B',
            datePublished: '2025-06-01',
          },
        ],
      },
      author: { '@type': 'Organization', name: 'Desk', url: 'https://desk.example' },
      datePublished: '2026-01-01T00:00:00.000Z',
    });
  });

  it('serializes without any `<`, and round-trips', () => {
    const json = serializeJsonLd(review);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(review);
  });

  it('guesses organisations from their wording', () => {
    for (const name of [
      'Ministry of Defence',
      'U.N. officials',
      'Russian officials',
      'the Foreign Office',
      'United Nations',
    ])
      expect(speakerType(name), name).toBe('Organization');
    for (const name of ['Heorhii Tykhii', 'Hakan Fidan', 'Marco Rubio'])
      expect(speakerType(name), name).toBe('Person');
  });
});

describe('corrections', () => {
  it('say what changed in readers’ words', () => {
    const before = {
      claimText: 'a',
      speaker: 'S',
      rating: 'TRUE',
      ratingName: 'True',
      summary: 's',
      explanation: 'e',
      sources: [],
    };
    expect(
      describeChanges(before, {
        ...before,
        rating: 'FALSE',
        ratingName: 'False',
        sources: [{ url: 'x' }],
      }),
    ).toEqual(['Rating changed from True to False.', 'Sources updated.']);
    expect(describeChanges(before, before)).toEqual([
      'Republished without changes to the verdict.',
    ]);
  });
});
