import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { bulkAction } from '@/lib/workflow/bulk';
import { createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

describe('bulk actions', () => {
  it('moves each claim on its own and says which moved and why the others did not', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const extracted = await createClaimInState(db, { authorId: journalist.id, state: 'EXTRACTED' });
    const sourcing = await createClaimInState(db, { authorId: journalist.id, state: 'SOURCING' });
    const results = await bulkAction(editor, {
      action: 'move',
      claimIds: [extracted.id, sourcing.id, 'missing'],
      to: 'DISMISSED',
      reason: 'DUPLICATE',
    });
    expect(results).toEqual([
      { claimId: extracted.id, ok: true, message: 'Moved to DISMISSED.' },
      {
        claimId: sourcing.id,
        ok: false,
        message: expect.stringMatching(/cannot move to Dismissed/),
      },
      { claimId: 'missing', ok: false, message: 'Claim not found.' },
    ]);
    expect((await db.claim.findUniqueOrThrow({ where: { id: extracted.id } })).state).toBe(
      'DISMISSED',
    );
    expect((await db.claim.findUniqueOrThrow({ where: { id: sourcing.id } })).state).toBe(
      'SOURCING',
    );
  });

  it('assigns in bulk, and only editors may', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claims = [
      await createClaimInState(db, { authorId: journalist.id, state: 'EXTRACTED' }),
      await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' }),
    ];
    const ids = claims.map((c) => c.id);
    await expect(
      bulkAction(journalist, { action: 'assign', claimIds: ids, assigneeId: journalist.id }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const results = await bulkAction(editor, {
      action: 'assign',
      claimIds: ids,
      assigneeId: journalist.id,
    });
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.claim.count({ where: { id: { in: ids }, assigneeId: journalist.id } })).toBe(2);
    await expect(
      bulkAction(editor, { action: 'assign', claimIds: [], assigneeId: null }),
    ).rejects.toThrow(/at least one claim/);
  });
});
