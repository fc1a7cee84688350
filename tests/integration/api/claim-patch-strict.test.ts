// Issue 10, item 11: PATCH /claims/{id} refuses fields it does not edit (by name), and an edit that
// changes nothing leaves the claim, its version and the audit trail alone.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { PATCH as patchClaim } from '@/app/api/v1/claims/[id]/route';
import { db } from '@/lib/db';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';
import { createApiTokenFor, createClaimInState, createUser } from '@/prisma/factories';
import { callRoute as call } from '../../support/call-route';

vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => null,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const ROUTE = '/api/v1/claims/{id}';

async function stored(claimId: string) {
  const claim = await db.claim.findUniqueOrThrow({ where: { id: claimId } });
  const auditRows = await db.auditEvent.count({ where: { entity: 'claim', entityId: claimId } });
  return { claim, auditRows };
}

async function verifyingClaim() {
  const journalist = await createUser(db, { role: 'JOURNALIST' });
  const token = await createApiTokenFor(db, journalist.id);
  const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
  return { token, claim };
}

afterAll(async () => {
  await db.$disconnect();
});

describe('PATCH /claims/{id} with fields it does not edit', () => {
  const protectedFields: Record<string, unknown> = {
    state: 'PUBLISHED',
    rating: 'FALSE',
    verdictAuthorId: 'someone',
    slug: 'a-new-slug',
    colour: 'red',
  };
  for (const [field, value] of Object.entries(protectedFields)) {
    it(`refuses \`${field}\` with 422 naming it, and changes nothing`, async () => {
      const { token, claim } = await verifyingClaim();
      const before = await stored(claim.id);
      const answer = await call<{ error: { code: string; fields: Record<string, string> } }>(
        patchClaim,
        'PATCH',
        ROUTE,
        { token, id: claim.id, body: { version: claim.version, priority: 'HIGH', [field]: value } },
      );
      expect(answer.status).toBe(422);
      expect(answer.body.error.code).toBe('invalid');
      expect(Object.keys(answer.body.error.fields)).toEqual([field]);
      expect(await stored(claim.id)).toEqual(before);
    });
  }
});

describe('PATCH /claims/{id} that changes nothing', () => {
  it('answers 200 with the claim as it was: same version, no audit row', async () => {
    const { token, claim } = await verifyingClaim();
    const before = await stored(claim.id);
    const unchanged = {
      version: claim.version,
      speaker: before.claim.speaker,
      speakerRole: before.claim.speakerRole,
      priority: before.claim.priority,
      checkworthy: before.claim.checkworthy,
      start: before.claim.start,
      end: before.claim.end,
      assigneeId: null,
      dueAt: null,
    };
    for (const body of [{ version: claim.version }, unchanged]) {
      const answer = await call<ClaimDetailResponse>(patchClaim, 'PATCH', ROUTE, {
        token,
        id: claim.id,
        body,
      });
      expect(answer.status).toBe(200);
      expect(answer.body.version).toBe(claim.version);
    }
    expect(await stored(claim.id)).toEqual(before);
  });

  it('still refuses a stale version (409), and a real change bumps the version once', async () => {
    const { token, claim } = await verifyingClaim();
    const before = await stored(claim.id);
    const stale = await call(patchClaim, 'PATCH', ROUTE, {
      token,
      id: claim.id,
      body: { version: claim.version + 1 },
    });
    expect(stale.status).toBe(409);
    const changed = await call<ClaimDetailResponse>(patchClaim, 'PATCH', ROUTE, {
      token,
      id: claim.id,
      body: { version: claim.version, priority: 'HIGH' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(claim.version + 1);
    expect((await stored(claim.id)).auditRows).toBe(before.auditRows + 1);
  });
});
