// The claim page reads each thing once and names everyone in one query; what it shows must not change.
import { describe, expect, it } from 'vitest';
import { claimPageView } from '@/lib/data/claim-page-view';
import { getClaimPage } from '@/lib/data/claim-page';
import { getClaimDetail } from '@/lib/data/claims';
import { proposeVerdict } from '@/lib/data/evidence';
import { addNote } from '@/lib/data/notes';
import { getReviewChanges } from '@/lib/data/review-changes';
import { db } from '@/lib/db';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createArticle, createClaim, createClaimInState } from '@/prisma/factories';
import { actor, setQuorum } from '../../support/actors';

describe('newsroom claim page', () => {
  it('names the reviewer, verdict author, source adder, assignee and timeline people', async () => {
    await setQuorum(1);
    const journalist = await actor('JOURNALIST', 'Jo Journalist');
    const editor = await actor('EDITOR', 'Ed Editor');
    const assignee = await actor('JOURNALIST', 'Ann Assignee');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    await db.claim.update({ where: { id: claim.id }, data: { assigneeId: assignee.id } });
    let v = (
      await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: claim.version })
    ).version;
    v = (
      await reviewClaim(editor, claim.id, {
        decision: 'request_changes',
        note: 'Name the survey.',
        version: v,
      })
    ).version;
    await proposeVerdict(journalist, claim.id, {
      version: v,
      rating: 'FALSE',
      summary: 'The figure is wrong.',
      explanation: 'The national statistics office reported another rate.',
    });
    await addNote(journalist, claim.id, { body: 'Asked the ministry.' });
    // Not among the colleagues the page lists: named by the page's one User query.
    await db.user.update({ where: { id: assignee.id }, data: { disabled: true } });

    const page = await getClaimPage(editor, claim.id);
    expect(page.changesRequested).toEqual({ reviewer: 'Ed Editor', note: 'Name the survey.' });
    expect(page.verdict.author).toBe('Jo Journalist');
    expect(page.sources.items.map((source) => source.addedBy.name)).toEqual(['Jo Journalist']);
    expect(page.assignment.assigneeId).toBe(assignee.id);
    const who = (kind: 'event' | 'note') =>
      new Set(page.timeline.filter((item) => item.kind === kind).map((item) => item.who));
    expect(who('note')).toEqual(new Set(['Jo Journalist']));
    expect(who('event').has('Ed Editor')).toBe(true);
    expect(page.changes.sinceLastRound?.changes.length).toBeGreaterThan(0);

    // The same as the claim the API returns and the review changes read on their own.
    const detail = await getClaimDetail(editor, claim.id);
    expect(detail.assignee).toEqual({ id: assignee.id, name: 'Ann Assignee' });
    expect(detail.reviews.map((review) => review.reviewer)).toEqual([
      { id: editor.id, name: 'Ed Editor' },
    ]);
    const view = claimPageView(detail, editor.role, 1, {
      twoPersonRule: true,
      viewerId: editor.id,
    });
    for (const key of Object.keys(view) as (keyof typeof view)[])
      expect(page[key]).toEqual(view[key]);
    expect(page.changes).toEqual(await getReviewChanges(editor, claim.id));
  });

  it('compares a published claim with its live publication, as read on its own', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, {
      authorId: journalist.id,
      state: 'PUBLISHED',
      approverIds: [editor.id],
    });
    const page = await getClaimPage(editor, claim.id);
    expect(page.liveVerdict).toMatchObject({ rating: 'MOSTLY_TRUE', beingRevised: false });
    expect(page.changes.sincePublished).not.toBeNull();
    expect(page.changes).toEqual(await getReviewChanges(editor, claim.id));
    expect(page.claim).toEqual(
      claimPageView(await getClaimDetail(editor, claim.id), editor.role, 1).claim,
    );
  });

  it('shows a claim with no people, sources, reviews, notes or matches', async () => {
    const journalist = await actor('JOURNALIST');
    const article = await createArticle(db, { createdById: journalist.id, extract: false });
    const claim = await createClaim(db, { articleId: article.id, text: 'A bare claim', start: 0 });

    const page = await getClaimPage(journalist, claim.id);
    expect(page.claim.article).toEqual({ id: article.id, title: article.title });
    expect(page.assignment.assigneeId).toBeNull();
    expect(page.verdict.author).toBeNull();
    expect(page.sources.items).toEqual([]);
    expect(page.timeline).toEqual([]);
    expect(page.seenBefore.entries).toEqual([]);
    expect(page.changes).toEqual({ sinceLastRound: null, sincePublished: null });
    expect((await getClaimDetail(journalist, claim.id)).reviews).toEqual([]);
  });

  it('is not found for an unknown claim', async () => {
    const journalist = await actor('JOURNALIST');
    await expect(getClaimPage(journalist, 'no-such-claim')).rejects.toThrow(/not found/);
  });
});
