import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getVerdict } from '@/app/api/v1/verdicts/[id]/route';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import { GET as cachedAtom } from '@/app/cached/atom.xml/route';
import { GET as cachedVerdict } from '@/app/cached/api/v1/verdicts/[id]/route';
import { GET as cachedVerdicts } from '@/app/cached/api/v1/verdicts/route';
import { GET as cachedRss } from '@/app/cached/feed.xml/route';
import { GET as atomFeed } from '@/app/(public)/atom.xml/route';
import { GET as rssFeed } from '@/app/(public)/feed.xml/route';
import { getPublishedClaim } from '@/lib/data/public/claims';
import { listCorrections } from '@/lib/data/public/corrections';
import { listPublishedVerdicts } from '@/lib/data/public/verdicts';
import { db } from '@/lib/db';
import { createArticle, createUser } from '@/prisma/factories';
import { addPublication, createPublishedClaim } from '@/prisma/publication-factory';

let slug: string;
const api = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://factdesk.test${path}`, { headers });

beforeAll(async () => {
  const editor = await createUser(db, { role: 'EDITOR' });
  const body = 'The minister said unemployment fell to 3 percent in Glimmerton last year.';
  const article = await createArticle(db, { createdById: editor.id, body, extract: false });
  const text = 'unemployment fell to 3 percent in Glimmerton last year';
  const claim = await createPublishedClaim(db, {
    articleId: article.id,
    text,
    start: body.indexOf(text),
    speaker: 'Ministry of Labour',
    rating: 'TRUE',
    summary: 'Official figures confirm a rate of 3 percent, says the oldversion snapshot.',
    publishedById: editor.id,
    publishedAt: new Date('2026-01-10T10:00:00Z'),
  });
  slug = claim.slug;
  await addPublication(db, claim.id, {
    claimText: text,
    speaker: 'Ministry of Labour',
    rating: 'MOSTLY_TRUE',
    summary: 'The official rate was 3.4 percent; the claim rounds it down.',
    publishedById: editor.id,
    correctionNote: 'We misread the statistics office table.',
    publishedAt: new Date('2026-01-12T10:00:00Z'),
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe('corrections', () => {
  it('the claim page shows the latest snapshot and a dated correction saying what changed and why', async () => {
    const claim = await getPublishedClaim(slug);
    expect(claim).toMatchObject({
      rating: 'MOSTLY_TRUE',
      firstPublishedAt: new Date('2026-01-10T10:00:00Z'),
      publishedAt: new Date('2026-01-12T10:00:00Z'),
    });
    expect(claim?.corrections).toEqual([
      {
        date: new Date('2026-01-12T10:00:00Z'),
        changes: ['Rating changed from True to Mostly true.', 'Summary revised.'],
        note: 'We misread the statistics office table.',
      },
    ]);
    // Newest first across the shared database: page back to this test's 2026-01-12 entry.
    const log = [];
    for (let cursor: string | undefined, pages = 0; pages < 1000; pages += 1) {
      const page = await listCorrections(cursor);
      log.push(...page.items);
      if (!page.next || log.some((entry) => entry.slug === slug)) break;
      cursor = page.next;
    }
    expect(log.find((entry) => entry.slug === slug)).toMatchObject({
      note: 'We misread the statistics office table.',
    });
  });

  it('lists and searches only the latest snapshot of a corrected claim', async () => {
    const all = await listPublishedVerdicts({}, 500);
    expect(all.items.filter((v) => v.slug === slug)).toHaveLength(1);
    expect((await listPublishedVerdicts({ q: 'oldversion' })).total).toBe(0);
    expect((await listPublishedVerdicts({ q: 'rounds' })).items.map((v) => v.slug)).toContain(slug);
  });
});

describe('GET /api/v1/verdicts', () => {
  it('returns verdicts with ETag and Cache-Control, and 304 when If-None-Match matches', async () => {
    const first = await listVerdicts(api('/api/v1/verdicts?q=Glimmerton'));
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/);
    expect(await first.json()).toMatchObject({
      data: [{ id: slug, rating: 'MOSTLY_TRUE', ratingLabel: 'Mostly true' }],
      total: 1,
      page: 1,
    });
    const again = await listVerdicts(
      api('/api/v1/verdicts?q=Glimmerton', { 'If-None-Match': etag }),
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('refuses bad query parameters with 422 JSON, never 500', async () => {
    for (const query of [
      'page=abc',
      'page=0',
      'page=1.5',
      'page=11',
      'cursor=nonsense',
      'rating=BOGUS',
      'from=yesterday',
      'from=2026-02-01&to=2026-01-01',
      `q=${'x'.repeat(201)}`,
    ]) {
      const response = await listVerdicts(api(`/api/v1/verdicts?${query}`));
      expect(response.status, query).toBe(422);
      expect(await response.json()).toMatchObject({
        error: { code: 'invalid', message: expect.any(String) },
      });
    }
  });

  it('GET /api/v1/verdicts/{slug} returns the verdict with its corrections and supports 304', async () => {
    const params = { params: Promise.resolve({ id: slug }) };
    const response = await getVerdict(api(`/api/v1/verdicts/${slug}`), params);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      id: slug,
      speaker: 'Ministry of Labour',
      corrections: [{ note: 'We misread the statistics office table.' }],
    });
    const cached = await getVerdict(
      api(`/api/v1/verdicts/${slug}`, { 'If-None-Match': response.headers.get('etag')! }),
      { params: Promise.resolve({ id: slug }) },
    );
    expect(cached.status).toBe(304);
  });
});

describe('the copies cached whole under /cached (proxy.ts serves plain GETs from them)', () => {
  const same = async (perRequest: Response, copy: Response) => {
    expect(copy.status).toBe(perRequest.status);
    for (const header of ['etag', 'content-type', 'cache-control', 'link'])
      expect(copy.headers.get(header), header).toBe(perRequest.headers.get(header));
    expect(await copy.text()).toBe(await perRequest.text());
  };

  it('answer with the same body and ETag as the feeds and the API', async () => {
    await same(await rssFeed(api('/feed.xml')), await cachedRss());
    await same(await atomFeed(api('/atom.xml')), await cachedAtom());
    await same(await listVerdicts(api('/api/v1/verdicts')), await cachedVerdicts());
    const params = () => ({ params: Promise.resolve({ id: slug }) });
    await same(
      await getVerdict(api(`/api/v1/verdicts/${slug}`), params()),
      await cachedVerdict(api(`/cached/api/v1/verdicts/${slug}`), params()),
    );
  });

  it('answer a verdict that is not published with a 404 a shared cache keeps only briefly', async () => {
    const params = { params: Promise.resolve({ id: 'no-such-verdict' }) };
    const missing = await cachedVerdict(api('/cached/api/v1/verdicts/no-such-verdict'), params);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+,/);
  });
});
