// Issue 10, item 8: from submission for review on, what the verdict covers (text, span, speaker,
// role, sources, verdict) cannot change, so a publication carries only what reviewers approved.
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { splitClaim, updateClaim } from '@/lib/data/claim-edits';
import { proposeVerdict } from '@/lib/data/evidence';
import { addSource } from '@/lib/data/sources';
import { db } from '@/lib/db';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { bulkAction } from '@/lib/workflow/bulk';
import { createClaimInState } from '@/prisma/factories';
import { actor, setQuorum } from '../support/actors';

async function stored(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({
    where: { id: claimId },
    select: {
      version: true,
      text: true,
      start: true,
      end: true,
      speaker: true,
      speakerRole: true,
      rating: true,
      summary: true,
      explanation: true,
      verdictAuthorId: true,
      _count: { select: { sources: true } },
    },
  });
  const auditRows = await db.auditEvent.count({ where: { entity: 'claim', entityId: claimId } });
  return { ...claim, auditRows };
}

type Edit = (
  user: SessionUser,
  claim: { id: string; text: string; version: number },
) => Promise<unknown>;

/** Every write path to what the verdict covers, at the version the caller saw. */
const EDITS: Record<string, Edit> = {
  speaker: (user, claim) =>
    updateClaim(user, claim.id, { version: claim.version, speaker: 'Someone Else' }),
  role: (user, claim) =>
    updateClaim(user, claim.id, { version: claim.version, speakerRole: 'Spokesperson' }),
  span: (user, claim) =>
    updateClaim(user, claim.id, { version: claim.version, start: 0, end: claim.text.length - 2 }),
  split: (user, claim) => splitClaim(user, claim.id, { version: claim.version, at: 12 }),
  source: (user, claim) =>
    addSource(user, claim.id, {
      version: claim.version,
      url: 'https://example.org/after-review',
      title: 'Added after review',
      kind: 'OTHER',
      stance: 'CONTRADICTS',
    }),
  verdict: (user, claim) =>
    proposeVerdict(user, claim.id, {
      version: claim.version,
      rating: 'FALSE',
      summary: 'Not so.',
      explanation: 'Changed after review.',
    }),
};

describe('what the verdict covers is locked from submission for review', () => {
  for (const state of ['IN_REVIEW', 'APPROVED'] as const satisfies ClaimState[]) {
    for (const [name, edit] of Object.entries(EDITS)) {
      it(`refuses a ${name} edit on a claim ${state} and changes nothing`, async () => {
        const journalist = await actor('JOURNALIST');
        const editor = await actor('EDITOR');
        const claim = await createClaimInState(db, {
          authorId: journalist.id,
          state,
          approverIds: state === 'APPROVED' ? [editor.id] : undefined,
        });
        const before = await stored(claim.id);
        await expect(edit(journalist, claim)).rejects.toMatchObject({
          code: 'invalid',
          message: expect.stringContaining('cannot change once it is submitted for review'),
        });
        expect(await stored(claim.id)).toEqual(before);
      });
    }
  }

  for (const state of ['SOURCING', 'VERIFYING'] as const satisfies ClaimState[]) {
    for (const [name, edit] of Object.entries(EDITS)) {
      it(`allows a ${name} edit on a claim ${state}, with a new version and an audit row`, async () => {
        const journalist = await actor('JOURNALIST');
        const claim = await createClaimInState(db, { authorId: journalist.id, state });
        const before = await stored(claim.id);
        await edit(journalist, claim);
        const after = await stored(claim.id);
        expect(after.version).toBe(before.version + 1);
        expect(after.auditRows).toBeGreaterThan(before.auditRows);
      });
    }
  }

  it('a bulk publish after a refused speaker change publishes the approved speaker', async () => {
    await setQuorum(1);
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, {
      authorId: journalist.id,
      state: 'APPROVED',
      approverIds: [editor.id],
      speaker: 'the ministry',
    });
    await expect(
      updateClaim(journalist, claim.id, { version: claim.version, speaker: 'Someone Else' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const outcomes = await bulkAction(editor, {
      action: 'move',
      to: 'PUBLISHED',
      claimIds: [claim.id],
    });
    expect(outcomes).toEqual([expect.objectContaining({ claimId: claim.id, ok: true })]);
    const publication = await db.publication.findFirstOrThrow({ where: { claimId: claim.id } });
    expect(publication.speaker).toBe('the ministry');
  });
});
