import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { createClaimInState } from '@/prisma/factories';
import { actor } from '../../support/actors';

// The actions run as in Next: the session's user (set per test here), then the lib/ call.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: async () => session.user,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { addNoteAction, proposeVerdictAction, withdrawAction } =
  await import('@/lib/actions/claims');
const { updateSettingsAction } = await import('@/lib/actions/settings');

beforeEach(() => {
  session.user = null;
});

async function claimIn(state: 'VERIFYING' | 'PUBLISHED') {
  const journalist = await actor('JOURNALIST');
  const editor = await actor('EDITOR');
  const claim = await createClaimInState(db, {
    authorId: journalist.id,
    state,
    approverIds: state === 'PUBLISHED' ? [editor.id] : [],
  });
  return { journalist, editor, claim };
}

const auditCount = (claimId: string) => db.auditEvent.count({ where: { entityId: claimId } });

describe('authActionClient', () => {
  it('refuses a caller who is not signed in, and writes nothing', async () => {
    const { claim } = await claimIn('VERIFYING');
    expect(await addNoteAction(claim.id, { body: 'Checked the source.' })).toEqual({
      ok: false,
      code: 'unauthenticated',
      message: 'Sign in to continue.',
    });
    expect(await db.note.count({ where: { claimId: claim.id } })).toBe(0);
  });

  it('answers invalid input with one message per field and writes nothing', async () => {
    const { journalist, claim } = await claimIn('VERIFYING');
    session.user = journalist;
    const before = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    const audits = await auditCount(claim.id);

    const result = await proposeVerdictAction(claim.id, {
      version: claim.version,
      rating: 'probably',
      summary: 'one\ntwo',
      explanation: '',
    });

    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fields: {
        rating: 'Choose a rating.',
        summary: 'The summary must be one line.',
        explanation: 'Explain the verdict.',
      },
    });
    expect(result.ok || result.message).toMatch(/^The request is not valid: rating: Choose/);
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toEqual(before);
    expect(await auditCount(claim.id)).toBe(audits);
  });

  it('refuses a bad record id as invalid input', async () => {
    session.user = await actor('JOURNALIST');
    expect(await addNoteAction('', { body: 'A note.' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fields: { _: expect.any(String) },
    });
  });

  it('leaves the permission check to lib/: a journalist cannot withdraw a verdict', async () => {
    const { journalist, claim } = await claimIn('PUBLISHED');
    session.user = journalist;
    const result = await withdrawAction(claim.id, { version: claim.version, note: 'Wrong.' });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.publication.count({ where: { claimId: claim.id, withdrawnAt: null } })).toBe(1);
    expect((await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).state).toBe('PUBLISHED');
  });

  it('leaves the permission check to lib/: only admins change settings', async () => {
    session.user = await actor('EDITOR');
    const before = await db.newsroomSettings.findUnique({ where: { id: 'newsroom' } });
    const result = await updateSettingsAction({
      name: 'Taken over',
      url: 'https://example.org',
      logoText: 'X',
      reviewQuorum: 1,
      methodology: '',
      correctionsPolicy: '',
    });
    expect(result).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await db.newsroomSettings.findUnique({ where: { id: 'newsroom' } })).toEqual(before);
  });

  it('reports a stale version as a conflict', async () => {
    const { journalist, claim } = await claimIn('VERIFYING');
    session.user = journalist;
    const result = await proposeVerdictAction(claim.id, {
      version: claim.version - 1 || claim.version + 1,
      rating: 'TRUE',
      summary: 'Confirmed.',
      explanation: 'The statistics office confirms it.',
    });
    expect(result).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('runs the lib call for a signed-in caller with valid input', async () => {
    const { journalist, claim } = await claimIn('VERIFYING');
    session.user = journalist;
    const result = await proposeVerdictAction(claim.id, {
      version: claim.version,
      rating: 'TRUE',
      summary: 'Confirmed.',
      explanation: 'The statistics office confirms it.',
    });
    expect(result).toEqual({ ok: true, data: { id: claim.id, version: claim.version + 1 } });
    expect(await db.claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({
      rating: 'TRUE',
      summary: 'Confirmed.',
    });
  });
});
