// Public data: verdicts.csv and verdicts.jsonl against GET /api/v1/verdicts, and the ClaimReview DataFeed
// checked field by field and read by an independent JSON-LD processor (jsonld, offline context).
import { parse } from 'csv-parse/sync';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as feedRoute } from '@/app/api/v1/claim-review-feed/route';
import { GET as csvRoute } from '@/app/api/v1/verdicts.csv/route';
import { GET as jsonlRoute } from '@/app/api/v1/verdicts.jsonl/route';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import { encodeCursor } from '@/lib/data/public/cursor';
import { db } from '@/lib/db';
import type { VerdictListResponse } from '@/lib/schemas/api/verdict';
import { createArticle, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';
import { offlineDocumentLoader } from '../../support/schema-org-context';

const LICENCE = 'https://creativecommons.org/licenses/by-sa/4.0/';
let original: Awaited<ReturnType<typeof db.newsroomSettings.findUnique>> = null;
let articleId: string;

beforeAll(async () => {
  original = await db.newsroomSettings.findUnique({ where: { id: 'newsroom' } });
  await db.newsroomSettings.upsert({
    where: { id: 'newsroom' },
    create: { id: 'newsroom', dataLicence: LICENCE },
    update: { dataLicence: LICENCE },
  });
  const author = await createUser(db, { role: 'EDITOR' });
  const body =
    'Officials said "exports rose, sharply" by 12 percent. The mayor said crime fell.\nUnemployment is 3 percent.';
  const article = await createArticle(db, {
    createdById: author.id,
    body,
    extract: false,
    outlet: 'Portbury "Daily", Ltd',
    url: 'https://news.example.org/story',
    publishedAt: new Date('2026-02-01T00:00:00Z'),
  });
  articleId = article.id;
  const claims = [
    ['"exports rose, sharply" by 12 percent', 'Ministry of Trade', 'FALSE'],
    ['crime fell', 'Mayor Ana Lopez', 'MISLEADING'],
    ['Unemployment is 3 percent', null, 'TRUE'],
  ] as const;
  for (const [index, [text, speaker, rating]] of claims.entries())
    await createPublishedClaim(db, {
      articleId: article.id,
      text,
      start: body.indexOf(text),
      speaker,
      rating,
      summary: `Summary ${index}, with "quotes"\nand a line break.`,
      publishedById: author.id,
      publishedAt: new Date(Date.UTC(2026, 2, 1 + index)),
    });
});

afterAll(async () => {
  if (original) await db.newsroomSettings.update({ where: { id: 'newsroom' }, data: original });
  await db.$disconnect();
});

const get = (handler: (request: Request) => Promise<Response>, path: string, headers = {}) =>
  handler(new Request(`http://factdesk.test${path}`, { headers }));

async function apiVerdicts(): Promise<VerdictListResponse['data']> {
  const response = await listVerdicts(new Request('http://factdesk.test/api/v1/verdicts'));
  return ((await response.json()) as VerdictListResponse).data;
}

describe('public verdict dumps', () => {
  it('verdicts.csv parsed back equals the API JSON (plus the licence)', async () => {
    const response = await get(csvRoute, '/api/v1/verdicts.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('link')).toBe(`<${LICENCE}>; rel="license"`);
    const records = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const api = await apiVerdicts();
    expect(records.slice(0, api.length)).toEqual(
      api.map((verdict) => ({
        id: verdict.id,
        url: verdict.url,
        statement: verdict.statement,
        claim: verdict.claim,
        speaker: verdict.speaker ?? '',
        speakerRole: verdict.speakerRole ?? '',
        rating: verdict.rating,
        ratingLabel: verdict.ratingLabel,
        summary: verdict.summary,
        publishedAt: verdict.publishedAt,
        updatedAt: verdict.updatedAt,
        articleId: verdict.article.id,
        articleTitle: verdict.article.title,
        articleOutlet: verdict.article.outlet ?? '',
        license: LICENCE,
      })),
    );
  });

  it('verdicts.jsonl has one verdict a line, equal to the API JSON plus the licence', async () => {
    const response = await get(jsonlRoute, '/api/v1/verdicts.jsonl');
    expect(response.headers.get('content-type')).toContain('application/jsonl');
    const text = await response.text();
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as object);
    const api = await apiVerdicts();
    expect(lines.slice(0, api.length)).toEqual(api.map((v) => ({ ...v, license: LICENCE })));
  });
});

interface FeedItem {
  '@type': string;
  dateCreated: string;
  item: Record<string, unknown>[];
}

describe('ClaimReview DataFeed', () => {
  it('has the required and recommended ClaimReview fields, and a 304 for its ETag', async () => {
    const response = await get(feedRoute, '/api/v1/claim-review-feed');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/ld+json');
    const feed = (await response.json()) as {
      '@type': string;
      license: string;
      dataFeedElement: FeedItem[];
    };
    expect(feed['@type']).toBe('DataFeed');
    expect(feed.license).toBe(LICENCE);
    expect(feed.dataFeedElement.length).toBeGreaterThanOrEqual(3);
    for (const element of feed.dataFeedElement) {
      expect(element['@type']).toBe('DataFeedItem');
      expect(element.item).toHaveLength(1);
      const review = element.item[0] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
      expect(review['@type']).toBe('ClaimReview');
      // Required (Google's ClaimReview guidelines): claimReviewed, reviewRating.alternateName, url.
      expect(review.claimReviewed).toEqual(expect.any(String));
      expect(review.reviewRating.alternateName).toEqual(expect.any(String));
      expect(new URL(review.url).pathname).toMatch(/^\/claims\//);
      // Recommended: author (the newsroom), datePublished, itemReviewed (a Claim with its appearance).
      expect(review.author).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      expect(Date.parse(review.datePublished)).not.toBeNaN();
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance[0].url).toMatch(/^https?:\/\//);
      if (review.reviewRating.ratingValue !== undefined)
        expect(review.reviewRating).toMatchObject({ bestRating: 5, worstRating: 1 });
    }
    const statement = 'Mayor Ana Lopez: crime fell';
    const ours = feed.dataFeedElement
      .map((element) => element.item[0])
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      .find((review) => review.claimReviewed === statement) as Record<string, any>;
    expect(ours.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Mayor Ana Lopez' });
    expect(ours.itemReviewed.datePublished).toBe('2026-02-01');
    expect(ours.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });

    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const again = await get(feedRoute, '/api/v1/claim-review-feed', { 'if-none-match': etag });
    expect(again.status).toBe(304);
  });

  it('parses as JSON-LD into schema.org ClaimReview nodes', async () => {
    const feed = (await (await get(feedRoute, '/api/v1/claim-review-feed')).json()) as object;
    const expanded = (await jsonld.expand(feed, {
      documentLoader: offlineDocumentLoader,
    })) as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(expanded[0]['@type']).toEqual(['https://schema.org/DataFeed']);
    expect(expanded[0]['https://schema.org/license']).toEqual([{ '@id': LICENCE }]);
    // Without a context, flatten gives expanded node objects: every value in an array, full IRIs.
    const nodes = (await jsonld.flatten(feed, null as never, {
      documentLoader: offlineDocumentLoader,
    })) as unknown as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    const reviews = nodes.filter((node) =>
      node['@type']?.includes('https://schema.org/ClaimReview'),
    );
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    for (const review of reviews) {
      expect(review['https://schema.org/claimReviewed']).toHaveLength(1);
      expect(review['https://schema.org/reviewRating']).toHaveLength(1);
      expect(review['https://schema.org/url'][0]['@id']).toMatch(/^http/);
    }
  });

  it('pages with Link rel=next/prev, and refuses a bad page (422)', async () => {
    const first = await get(feedRoute, '/api/v1/claim-review-feed');
    const total = Number(first.headers.get('x-total-count'));
    expect(total).toBeGreaterThanOrEqual(3);
    const beyond = await get(feedRoute, '/api/v1/claim-review-feed?page=2');
    expect(beyond.status).toBe(200);
    if (total <= 100) {
      expect(first.headers.get('link')).toBeNull();
      expect(((await beyond.json()) as { dataFeedElement: unknown[] }).dataFeedElement).toEqual([]);
      expect(beyond.headers.get('link')).toContain('rel="prev"');
    }
    expect((await get(feedRoute, '/api/v1/claim-review-feed?page=x')).status).toBe(422);
  });

  it('pages on by cursor from the Link header; page numbers stop at 10', async () => {
    const ours = await db.publication.findMany({
      where: { claim: { articleId } },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      select: { id: true, publishedAt: true, claim: { select: { slug: true } } },
    });
    const cursor = encodeCursor('older', ours[0]);
    const older = await get(feedRoute, `/api/v1/claim-review-feed?cursor=${cursor}`);
    expect(older.status).toBe(200);
    expect(older.headers.get('link')).toContain('rel="prev"');
    const urls = ((await older.json()) as { dataFeedElement: FeedItem[] }).dataFeedElement.map(
      (element) => String(element.item[0].url),
    );
    expect(urls.some((url) => url.endsWith(`/claims/${ours[0].claim.slug}`))).toBe(false);
    for (const { claim } of ours.slice(1))
      expect(urls.some((url) => url.endsWith(`/claims/${claim.slug}`))).toBe(true);
    expect((await get(feedRoute, '/api/v1/claim-review-feed?page=11')).status).toBe(422);
    expect((await get(feedRoute, '/api/v1/claim-review-feed?cursor=bogus')).status).toBe(422);
  });
});
