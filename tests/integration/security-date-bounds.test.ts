// Issue 10, item 12: a due date in the year 10000 (or BC) is refused over the API and in the form,
// and one already stored (written by SQL) renders as "invalid date" instead of a 500 for everyone.
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PATCH as patchClaim } from '@/app/api/v1/claims/[id]/route';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { DATE_RANGE_MESSAGE } from '@/lib/schemas/dates';
import { createApiTokenFor, createArticle, createClaim } from '@/prisma/factories';
import { actor } from '../support/actors';

const session = vi.hoisted(() => ({ user: null as null | SessionUser }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => session.user,
}));
vi.mock('@/lib/auth/page-guard', () => ({ requirePageUser: async () => session.user }));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  useRouter: () => ({ refresh: () => {}, push: () => {} }),
}));

const { updateClaimAction } = await import('@/lib/actions/claims');
const { default: ClaimsPage } = await import('@/app/newsroom/claims/page');
const { default: NewsroomHome } = await import('@/app/newsroom/page');

const OUT_OF_RANGE = ['+010000-01-01', '-000044-03-15', '1899-12-31', '2201-01-01'];

async function assignedClaim(user: SessionUser, text: string) {
  const article = await createArticle(db, {
    createdById: user.id,
    body: `${text}, the council said.`,
    extract: false,
  });
  return createClaim(db, { articleId: article.id, text, start: 0, assigneeId: user.id });
}

beforeEach(() => {
  session.user = null;
});

describe('due dates outside 1900–2200', () => {
  it('are refused with 422 by PATCH /api/v1/claims/{id}, and nothing changes', async () => {
    const journalist = await actor('JOURNALIST');
    const token = await createApiTokenFor(db, journalist.id);
    const claim = await assignedClaim(journalist, 'The ferry fleet doubled in a year');
    for (const dueAt of OUT_OF_RANGE) {
      const response = await patchClaim(
        new Request(`http://factdesk.test/api/v1/claims/${claim.id}`, {
          method: 'PATCH',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ version: claim.version, dueAt }),
        }),
        { params: Promise.resolve({ id: claim.id }) },
      );
      expect(response.status, dueAt).toBe(422);
      expect(JSON.stringify(await response.json())).toContain(DATE_RANGE_MESSAGE);
    }
    const after = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(after).toMatchObject({ dueAt: null, version: claim.version });

    const ok = await patchClaim(
      new Request(`http://factdesk.test/api/v1/claims/${claim.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ version: claim.version, dueAt: '2200-12-31' }),
      }),
      { params: Promise.resolve({ id: claim.id }) },
    );
    expect(ok.status).toBe(200);
  });

  it('come back from the form action as a field error on dueAt', async () => {
    session.user = await actor('JOURNALIST');
    const claim = await assignedClaim(session.user, 'The tram line carried 3 million riders');
    for (const dueAt of OUT_OF_RANGE) {
      const result = await updateClaimAction(claim.id, { version: claim.version, dueAt });
      expect(result, dueAt).toEqual({
        ok: false,
        code: 'invalid',
        message: expect.any(String),
        fields: { dueAt: DATE_RANGE_MESSAGE },
      });
    }
  });

  it('already stored (year 10000, BC) do not break the claims queue or the home page', async () => {
    session.user = await actor('EDITOR');
    const far = await assignedClaim(session.user, 'The harbour wall is 900 years old');
    const bc = await assignedClaim(session.user, 'The aqueduct carried water to 40,000 homes');
    await db.$executeRaw`UPDATE "Claim" SET "dueAt" = '10000-01-01' WHERE "id" = ${far.id}`;
    await db.$executeRaw`UPDATE "Claim" SET "dueAt" = '0044-03-15 BC' WHERE "id" = ${bc.id}`;

    const queue = renderToStaticMarkup(
      await ClaimsPage({ searchParams: Promise.resolve({ assignee: 'me', sort: 'due' }) }),
    );
    expect(queue).toContain('The harbour wall is 900 years old');
    expect(queue).toContain('The aqueduct carried water to 40,000 homes');
    expect(queue).toContain('invalid date');
    const home = renderToStaticMarkup(await NewsroomHome());
    expect(home).toContain('The harbour wall is 900 years old');
  });
});
