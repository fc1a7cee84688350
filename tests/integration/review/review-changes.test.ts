// Issue 11 §5: each submission for review freezes what the verdict covered, so reviewers see what
// changed since the last round and against the published version.
import { describe, expect, it } from 'vitest';
import { proposeVerdict } from '@/lib/data/evidence';
import { getReviewChanges } from '@/lib/data/review-changes';
import { updateSource } from '@/lib/data/sources';
import { db } from '@/lib/db';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

describe('what changed since the last review round', () => {
  it('diffs the resubmitted verdict and sources against the previous submission', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    let v = (
      await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: claim.version })
    ).version;
    expect((await getReviewChanges(editor, claim.id)).sinceLastRound).toBeNull();
    v = (
      await reviewClaim(editor, claim.id, {
        decision: 'request_changes',
        note: 'Re-check.',
        version: v,
      })
    ).version;
    v = (
      await proposeVerdict(journalist, claim.id, {
        version: v,
        rating: 'FALSE',
        summary: 'The figure is wrong.',
        explanation: 'The national statistics office reported the same rate.',
      })
    ).version;
    const source = await db.source.findFirstOrThrow({ where: { claimId: claim.id } });
    v = (
      await updateSource(journalist, source.id, {
        version: v,
        url: source.url,
        title: source.title,
        kind: source.kind,
        stance: 'CONTRADICTS',
      })
    ).version;
    await transitionClaim(journalist, claim.id, { to: 'IN_REVIEW', version: v });

    const { sinceLastRound, sincePublished } = await getReviewChanges(editor, claim.id);
    expect(sincePublished).toBeNull();
    expect(sinceLastRound?.changes).toEqual([
      { kind: 'field', label: 'Rating', before: 'Mostly true', after: 'False' },
      {
        kind: 'field',
        label: 'Summary',
        before: 'The figure matches the statistics office.',
        after: 'The figure is wrong.',
      },
      {
        kind: 'source-changed',
        before: expect.stringContaining('supports'),
        after: expect.stringContaining('contradicts'),
      },
    ]);
    expect(await db.reviewSnapshot.count({ where: { claimId: claim.id } })).toBe(2);
  });

  it('compares a correction with the published version', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'PUBLISHED' });
    const v = (
      await transitionClaim(editor, claim.id, {
        to: 'VERIFYING',
        version: claim.version,
        note: 'New data.',
      })
    ).version;
    expect((await getReviewChanges(editor, claim.id)).sincePublished?.changes).toEqual([]);
    await proposeVerdict(journalist, claim.id, {
      version: v,
      rating: 'MIXED',
      summary: 'The figure matches the statistics office.',
      explanation: 'The national statistics office reported the same rate.',
    });
    const { sincePublished } = await getReviewChanges(editor, claim.id);
    expect(sincePublished?.changes).toEqual([
      { kind: 'field', label: 'Rating', before: 'Mostly true', after: 'Mixed' },
    ]);
  });
});
