// Issue 10, item 9: during a correction the claim's span and text change in the newsroom, but
// readers keep seeing what was published (the claim page's context, the article page's highlight
// and the verdicts API) until the corrected verdict is published in turn.
import { describe, expect, it } from 'vitest';
import { GET as getVerdict } from '@/app/api/v1/verdicts/[id]/route';
import { GET as listVerdicts } from '@/app/api/v1/verdicts/route';
import { updateClaim } from '@/lib/data/claim-edits';
import { getPublicArticle } from '@/lib/data/public/articles';
import { getPublishedClaim } from '@/lib/data/public/claims';
import { textInPassages } from '@/lib/public/article-excerpts';
import { db } from '@/lib/db';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor, setQuorum } from '../support/actors';

const TEXT = 'Unemployment fell to 5 percent in Quellport';
const api = (path: string) => new Request(`http://factdesk.test${path}`);
const idParams = (id: string) => ({ params: Promise.resolve({ id }) });

async function publicView(slug: string, articleSlug: string) {
  const claim = await getPublishedClaim(slug);
  const article = await getPublicArticle(articleSlug);
  const detail = await (await getVerdict(api(`/api/v1/verdicts/${slug}`), idParams(slug))).json();
  const list = await (await listVerdicts(api('/api/v1/verdicts?q=Quellport'))).json();
  const highlight = article!.claims.find((c) => c.id === slug)!;
  return {
    claimText: claim!.claimText,
    sentence: claim!.sentence,
    highlighted: textInPassages(article!.passages, highlight),
    apiClaim: detail.claim,
    apiSentence: detail.sentence,
    listClaim: list.data.find((v: { id: string }) => v.id === slug)?.claim,
  };
}

describe('public pages during a correction', () => {
  it('show the published span, text and context, not the claim being corrected', async () => {
    await setQuorum(1);
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const approved = await createClaimInState(db, {
      authorId: journalist.id,
      state: 'APPROVED',
      approverIds: [editor.id],
      text: TEXT,
    });
    const { slug: articleSlug, body } = await db.article.findUniqueOrThrow({
      where: { id: approved.articleId },
      select: { slug: true, body: true },
    });
    const published = await transitionClaim(editor, approved.id, {
      to: 'PUBLISHED',
      version: approved.version,
    });
    const asPublished = await publicView(approved.slug, articleSlug);
    expect(asPublished).toEqual({
      claimText: TEXT,
      sentence: { before: '', claim: TEXT, after: ',' },
      highlighted: TEXT,
      apiClaim: TEXT,
      apiSentence: `${TEXT},`,
      listClaim: TEXT,
    });

    const reopened = await transitionClaim(editor, approved.id, {
      to: 'VERIFYING',
      note: 'The span should include the attribution.',
      version: published.version,
    });
    const edited = await updateClaim(journalist, approved.id, {
      start: 0,
      end: body.length - 1,
      version: reopened.version,
    });
    const inNewsroom = await db.claim.findUniqueOrThrow({ where: { id: approved.id } });
    expect(inNewsroom).toMatchObject({ start: 0, end: body.length - 1, state: 'VERIFYING' });
    expect(inNewsroom.text).not.toBe(TEXT);
    expect(await publicView(approved.slug, articleSlug)).toEqual(asPublished);

    // Once the correction is approved and published, readers see the new span.
    const inReview = await transitionClaim(journalist, approved.id, {
      to: 'IN_REVIEW',
      version: edited.version,
    });
    const reapproved = await reviewClaim(editor, approved.id, {
      decision: 'approve',
      version: inReview.version,
    });
    await transitionClaim(editor, approved.id, {
      to: 'PUBLISHED',
      note: 'The claim now includes its attribution.',
      version: reapproved.version,
    });
    const corrected = await publicView(approved.slug, articleSlug);
    expect(corrected.claimText).toBe(inNewsroom.text);
    expect(corrected.highlighted).toBe(inNewsroom.text);
    expect(corrected.sentence.claim).toBe(inNewsroom.text);
  });
});
