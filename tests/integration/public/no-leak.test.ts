import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getVerdict } from '@/app/api/v1/verdicts/[id]/route';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import { getPublicArticle } from '@/lib/data/public/articles';
import { getPublishedClaim } from '@/lib/data/public/claims';
import { listCorrections } from '@/lib/data/public/corrections';
import { atomFeed, rssFeed } from '@/lib/data/public/feeds';
import { speakerSlug } from '@/lib/slug';
import { getPublicSpeaker } from '@/lib/data/public/speakers';
import { listPublishedSpeakers, listPublishedVerdicts } from '@/lib/data/public/verdicts';
import { db } from '@/lib/db';
import { CLAIM_STATES } from '@/lib/workflow/states';
import { createArticle, createClaim, createUser } from '@/prisma/factories';
import { createPublishedClaim } from '@/prisma/publication-factory';

// Every state but PUBLISHED, so a state added to the schema is checked here too.
const HIDDEN_STATES = CLAIM_STATES.filter((state) => state !== 'PUBLISHED');
const PUBLISHED_SENTENCE = 'Mayor Quillon Vantreck said the harbour bridge cost 9 million zorbs.';
const hiddenSentence = (tag: string) =>
  `Councillor Hidden${tag} claimed that ${tag}marker budgets grew by 40 percent.`;

interface Hidden {
  id: string;
  slug: string;
  text: string;
  speaker: string;
  marker: string;
}

const hidden: Hidden[] = [];
let published: { id: string; slug: string };
let articleSlug: string;
let unpublishedArticleSlug: string;

function secretsIn(output: string): string[] {
  return hidden.flatMap((h) =>
    [h.id, h.slug, h.text, h.speaker, h.marker, `${h.marker} summary`].filter((secret) =>
      output.includes(secret),
    ),
  );
}

const api = (path: string, headers: Record<string, string> = {}) =>
  new Request(`http://factdesk.test${path}`, { headers });
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  const editor = await createUser(db, { role: 'EDITOR' });
  const tags = [...HIDDEN_STATES.map((s) => s.toLowerCase().replace('_', '')), 'withdrawn'];
  const body = [PUBLISHED_SENTENCE, ...tags.map(hiddenSentence)].join(' ');
  const article = await createArticle(db, {
    createdById: editor.id,
    title: 'Harbour bridge costs',
    body,
    extract: false,
  });
  articleSlug = article.slug;

  published = await createPublishedClaim(db, {
    articleId: article.id,
    text: 'the harbour bridge cost 9 million zorbs',
    start: body.indexOf('the harbour bridge'),
    sentenceStart: 0,
    sentenceEnd: PUBLISHED_SENTENCE.length,
    speaker: 'Quillon Vantreck',
    speakerRole: 'Mayor of Portbury',
    rating: 'MOSTLY_FALSE',
    summary: 'Audited accounts show the bridge cost 6 million zorbs, not 9 million.',
    publishedById: editor.id,
  });

  for (const [index, state] of HIDDEN_STATES.entries()) {
    const tag = tags[index];
    const sentence = hiddenSentence(tag);
    const text = `${tag}marker budgets grew by 40 percent`;
    const claim = await createClaim(db, {
      articleId: article.id,
      text,
      start: body.indexOf(text),
      speaker: `Councillor Hidden${tag}`,
      state,
    });
    await db.claim.update({
      where: { id: claim.id },
      data: {
        rating: 'TRUE',
        summary: `${tag}marker summary`,
        explanation: `${tag}marker explanation`,
      },
    });
    hidden.push({
      id: claim.id,
      slug: claim.slug,
      text,
      speaker: `Councillor Hidden${tag}`,
      marker: `${tag}marker`,
    });
    expect(body).toContain(sentence);
  }
  const withdrawnText = 'withdrawnmarker budgets grew by 40 percent';
  const withdrawn = await createPublishedClaim(db, {
    articleId: article.id,
    text: withdrawnText,
    start: body.indexOf(withdrawnText),
    speaker: 'Councillor Hiddenwithdrawn',
    summary: 'withdrawnmarker summary',
    publishedById: editor.id,
    withdrawnAt: new Date(),
  });
  hidden.push({
    id: withdrawn.id,
    slug: withdrawn.slug,
    text: withdrawnText,
    speaker: 'Councillor Hiddenwithdrawn',
    marker: 'withdrawnmarker',
  });

  const other = await createArticle(db, {
    createdById: editor.id,
    title: 'Nothing published here',
    body: 'The quarry produced 12 tonnes of granite, officials said.',
    extract: false,
  });
  unpublishedArticleSlug = other.slug;
  await createClaim(db, {
    articleId: other.id,
    text: 'The quarry produced 12 tonnes of granite',
    start: 0,
    state: 'APPROVED',
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe('public data: only published verdicts', () => {
  it('lists the published verdict and nothing unpublished', async () => {
    const page = await listPublishedVerdicts({}, 100);
    expect(page.items.map((v) => v.slug)).toContain(published.slug);
    expect(secretsIn(JSON.stringify(page))).toEqual([]);
    expect(secretsIn(JSON.stringify(await listPublishedSpeakers()))).toEqual([]);
    expect(secretsIn(JSON.stringify(await listCorrections()))).toEqual([]);
  });

  it('gives no claim page, speaker page or API record for any unpublished claim, even by exact slug', async () => {
    for (const h of hidden) {
      expect(await getPublishedClaim(h.slug)).toBeNull();
      expect(await getPublishedClaim(h.id)).toBeNull();
      expect(await getPublicSpeaker(speakerSlug(h.speaker))).toBeNull();
      const response = await getVerdict(api(`/api/v1/verdicts/${h.slug}`), idParams(h.slug));
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: 'not_found', message: expect.any(String) },
      });
    }
  });

  it('search, feeds and the list API never match unpublished text', async () => {
    for (const h of hidden) {
      for (const query of [
        { q: h.marker },
        { q: `Hidden${h.marker.replace('marker', '')}` },
        { speaker: h.speaker },
      ]) {
        const page = await listPublishedVerdicts(query);
        expect(page.total, JSON.stringify(query)).toBe(0);
      }
      const response = await listVerdicts(api(`/api/v1/verdicts?q=${h.marker}`));
      expect(await response.json()).toMatchObject({ data: [], total: 0 });
    }
    const everything = await listVerdicts(api('/api/v1/verdicts'));
    expect(secretsIn(await everything.text())).toEqual([]);
    expect(secretsIn(await rssFeed())).toEqual([]);
    expect(secretsIn(await atomFeed())).toEqual([]);
  });

  it('shows the article text but highlights and links only the published claim', async () => {
    const article = await getPublicArticle(articleSlug);
    expect(article?.claims.map((c) => c.id)).toEqual([published.slug]);
    const { passages: _passages, ...rest } = article!;
    expect(secretsIn(JSON.stringify(rest))).toEqual([]);
    expect(await getPublicArticle(unpublishedArticleSlug)).toBeNull();
  });

  it('the published claim page holds the snapshot, its sentence and who checked it', async () => {
    const claim = await getPublishedClaim(published.slug);
    expect(claim).toMatchObject({
      claimText: 'the harbour bridge cost 9 million zorbs',
      speaker: 'Quillon Vantreck',
      rating: 'MOSTLY_FALSE',
      checkedBy: 'Test Checker',
      approvedBy: ['Test Editor'],
      sentence: {
        before: 'Mayor Quillon Vantreck said ',
        claim: 'the harbour bridge cost 9 million zorbs',
        after: '.',
      },
      corrections: [],
    });
    expect(secretsIn(JSON.stringify(claim))).toEqual([]);
  });
});

describe('public search', () => {
  it('finds the verdict by speaker, summary and claim words (stemmed), and filters by rating', async () => {
    for (const q of ['Vantreck', 'audited accounts', 'bridges', 'Quillon zorbs']) {
      const page = await listPublishedVerdicts({ q });
      expect(
        page.items.map((v) => v.slug),
        q,
      ).toContain(published.slug);
    }
    expect(
      (await listPublishedVerdicts({ speaker: 'vantreck' })).items.map((v) => v.slug),
    ).toContain(published.slug);
    expect((await listPublishedVerdicts({ q: 'Vantreck', rating: 'TRUE' })).total).toBe(0);
    expect((await listPublishedVerdicts({ q: 'Vantreck', rating: 'MOSTLY_FALSE' })).total).toBe(1);
    expect(
      (await listPublishedVerdicts({ q: 'Vantreck', from: '2000-01-01', to: '2000-12-31' })).total,
    ).toBe(0);
  });

  it('takes any text without error, including tsquery syntax', async () => {
    for (const q of ['"unbalanced', 'a & | ! b', "o'reilly:*", '-', '<script>'])
      await expect(listPublishedVerdicts({ q })).resolves.toBeDefined();
  });

  it('uses the GIN index on Publication.searchVector', async () => {
    await db.$executeRawUnsafe('SET enable_seqscan = off');
    const plan = await db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
      `EXPLAIN SELECT id FROM "Publication" WHERE "searchVector" @@ websearch_to_tsquery('english', 'bridge')`,
    );
    await db.$executeRawUnsafe('SET enable_seqscan = on');
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain(
      'Publication_searchVector_idx',
    );
  });
});
