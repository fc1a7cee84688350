import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { reviewClaim, transitionClaim } from '@/lib/workflow/service';
import { createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

const CONCURRENT = 20;

function tally(results: PromiseSettledResult<unknown>[]) {
  const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  return {
    fulfilled: results.length - rejected.length,
    codes: rejected.map((r) => (r.reason as { code?: string }).code),
  };
}

describe(`${CONCURRENT} concurrent writes to one claim`, () => {
  it('approvals: exactly one transition to Approved and one audit event', async () => {
    const journalist = await actor('JOURNALIST');
    const editors = await Promise.all(Array.from({ length: CONCURRENT }, () => actor('EDITOR')));
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' });

    const results = await Promise.allSettled(
      editors.map((editor) =>
        reviewClaim(editor, claim.id, { decision: 'approve', version: claim.version }),
      ),
    );

    const { fulfilled, codes } = tally(results);
    expect(fulfilled).toBe(1);
    expect(codes).toEqual(Array(CONCURRENT - 1).fill('conflict'));
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      state: 'APPROVED',
      version: claim.version + 1,
    });
    expect(await db.auditEvent.count({ where: { entityId: claim.id } })).toBe(1);
    expect(await db.review.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it('publishes: exactly one publication and one audit event', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, {
      authorId: journalist.id,
      state: 'APPROVED',
      approverIds: [editor.id],
    });

    const results = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () =>
        transitionClaim(editor, claim.id, { to: 'PUBLISHED', version: claim.version }),
      ),
    );

    const { fulfilled, codes } = tally(results);
    expect(fulfilled).toBe(1);
    expect(codes).toEqual(Array(CONCURRENT - 1).fill('conflict'));
    expect(await db.publication.count({ where: { claimId: claim.id } })).toBe(1);
    expect(
      await db.auditEvent.count({ where: { entityId: claim.id, action: 'claim.publish' } }),
    ).toBe(1);
  });
});
