import nodemailer from 'nodemailer';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// SMTP_URL must be set before lib/env is first imported: start the server in a hoisted block.
const smtp = await vi.hoisted(async () => {
  const { startSmtpServer } = await import('../../support/smtp-server');
  const server = await startSmtpServer();
  process.env.SMTP_URL = server.url;
  return server;
});

const { db } = await import('@/lib/db');
const { addNote } = await import('@/lib/data/notes');
const { updateClaim } = await import('@/lib/data/claim-edits');
const {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadNotificationCount,
} = await import('@/lib/data/notifications');
const { deliverPendingEmails } = await import('@/lib/notify/deliver');
const { queueDigests } = await import('@/lib/notify/digest');
const { notifyDueClaims } = await import('@/lib/notify/reminders');
const { reviewClaim, transitionClaim } = await import('@/lib/workflow/service');
const { createClaimInState } = await import('@/prisma/factories');
const { actor, setQuorum } = await import('../../support/actors');

afterAll(async () => {
  await smtp.close();
});

beforeEach(async () => {
  await setQuorum(1);
  // Messages other tests queued would be sent by this test's deliverer; start each test empty.
  await db.outboundEmail.deleteMany();
});

async function claimInReview() {
  const journalist = await actor('JOURNALIST');
  const editor = await actor('EDITOR');
  const claim = await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' });
  return { journalist, editor, claim };
}

describe('notifications', () => {
  it('requesting changes notifies the verdict’s author in the app and by email', async () => {
    const { journalist, editor, claim } = await claimInReview();
    await reviewClaim(editor, claim.id, {
      decision: 'request_changes',
      note: 'Cite the statistics office release.',
      version: claim.version,
    });

    const [notification] = await listNotifications(journalist);
    expect(notification).toMatchObject({
      kind: 'CHANGES_REQUESTED',
      claimId: claim.id,
      read: false,
    });
    expect(notification.message).toContain(editor.name);
    expect(notification.message).toContain('Cite the statistics office release.');
    expect(await listNotifications(editor)).toEqual([]);

    expect(await deliverPendingEmails()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const email = await smtp.waitFor((e) => e.to.includes(journalist.email));
    expect(email.subject).toContain('requested changes');
    expect(email.text).toContain('Cite the statistics office release.');
    expect(email.text).toContain(`/newsroom/claims/${claim.id}`);
    expect(await db.outboundEmail.findFirst({ where: { userId: journalist.id } })).toMatchObject({
      status: 'SENT',
      attempts: 1,
    });
  });

  it('submission notifies reviewers, approval and publication the author, never the actor', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    const submitted = await transitionClaim(journalist, claim.id, {
      to: 'IN_REVIEW',
      version: claim.version,
    });
    expect((await listNotifications(editor)).map((n) => n.kind)).toEqual(['SUBMITTED_FOR_REVIEW']);
    expect(await listNotifications(journalist)).toEqual([]);

    const approved = await reviewClaim(editor, claim.id, {
      decision: 'approve',
      version: submitted.version,
    });
    await transitionClaim(editor, claim.id, { to: 'PUBLISHED', version: approved.version });
    expect((await listNotifications(journalist)).map((n) => n.kind)).toEqual([
      'PUBLISHED',
      'APPROVED',
    ]);
  });

  it('assignment and mentions notify the colleague; assigning yourself does not', async () => {
    const journalist = await actor('JOURNALIST');
    const editor = await actor('EDITOR');
    const claim = await createClaimInState(db, { authorId: journalist.id, state: 'SOURCING' });
    const self = await updateClaim(editor, claim.id, {
      version: claim.version,
      assigneeId: editor.id,
    });
    expect(await listNotifications(editor)).toEqual([]);
    await updateClaim(editor, claim.id, { version: self.version, assigneeId: journalist.id });
    const handle = journalist.email.split('@')[0];
    await addNote(editor, claim.id, { body: `@${handle} please check the date.` });
    const kinds = (await listNotifications(journalist)).map((n) => n.kind);
    expect(kinds).toEqual(['MENTIONED', 'ASSIGNED']);
    expect(await unreadNotificationCount(journalist)).toBe(2);
  });

  it('marks one or all read, only the user’s own', async () => {
    const { journalist, editor, claim } = await claimInReview();
    await reviewClaim(editor, claim.id, {
      decision: 'request_changes',
      note: 'Why?',
      version: claim.version,
    });
    await addNote(editor, claim.id, { body: `@${journalist.email.split('@')[0]} see above` });
    const [first] = await listNotifications(journalist);
    await expect(markNotificationRead(editor, { id: first.id })).rejects.toThrow(/not found/);
    await markNotificationRead(journalist, { id: first.id });
    expect(await unreadNotificationCount(journalist)).toBe(1);
    expect(await markAllNotificationsRead(journalist)).toEqual({ count: 1 });
    expect(await unreadNotificationCount(journalist)).toBe(0);
  });

  it('a refused move writes no notification', async () => {
    const { journalist, editor, claim } = await claimInReview();
    await expect(
      reviewClaim(editor, claim.id, {
        decision: 'request_changes',
        note: 'x',
        version: claim.version + 5,
      }),
    ).rejects.toThrow();
    expect(await listNotifications(journalist)).toEqual([]);
    expect(await db.outboundEmail.count({ where: { userId: journalist.id } })).toBe(0);
  });

  it('follows the preference: in-app only sends nothing, a digest gathers a day’s notifications', async () => {
    const { journalist, editor, claim } = await claimInReview();
    const other = await claimInReview();
    await db.user.update({
      where: { id: journalist.id },
      data: { emailPreference: 'DAILY_DIGEST' },
    });
    await db.user.update({
      where: { id: other.journalist.id },
      data: { emailPreference: 'IN_APP_ONLY' },
    });
    await reviewClaim(editor, claim.id, {
      decision: 'request_changes',
      note: 'One.',
      version: claim.version,
    });
    await addNote(editor, claim.id, { body: `@${journalist.email.split('@')[0]} two.` });
    await reviewClaim(other.editor, other.claim.id, {
      decision: 'request_changes',
      note: 'Three.',
      version: other.claim.version,
    });
    expect(await db.outboundEmail.count()).toBe(0);
    expect(await listNotifications(other.journalist)).toHaveLength(1);

    expect(await queueDigests()).toEqual({ digests: 1 });
    expect(await queueDigests()).toEqual({ digests: 0 });
    expect(await deliverPendingEmails()).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const digest = await smtp.waitFor((e) => e.to.includes(journalist.email));
    expect(digest.subject).toContain('2 notifications');
    expect(digest.text).toContain('One.');
    expect(digest.text).toContain('two.');
    expect(smtp.received.some((e) => e.to.includes(other.journalist.email))).toBe(false);
  });

  it('a failing mail server never fails the action; delivery retries with back-off, then gives up', async () => {
    const { journalist, editor, claim } = await claimInReview();
    await reviewClaim(editor, claim.id, {
      decision: 'request_changes',
      note: 'Retry me.',
      version: claim.version,
    });
    const refused = nodemailer.createTransport('smtp://127.0.0.1:1');
    expect(await deliverPendingEmails({ transport: refused })).toEqual({
      sent: 0,
      retrying: 1,
      failed: 0,
    });
    const row = await db.outboundEmail.findFirstOrThrow({ where: { userId: journalist.id } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
    // Not due yet: another run leaves it alone.
    expect(await deliverPendingEmails()).toEqual({ sent: 0, retrying: 0, failed: 0 });

    await db.outboundEmail.update({
      where: { id: row.id },
      data: { attempts: 7, nextAttemptAt: new Date(0) },
    });
    expect(await deliverPendingEmails({ transport: refused })).toEqual({
      sent: 0,
      retrying: 0,
      failed: 1,
    });
    expect(await db.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'FAILED',
      attempts: 8,
    });
  });

  it('deliverers running at once send each message exactly once', async () => {
    const editor = await actor('EDITOR');
    const claims = await Promise.all(
      Array.from({ length: 6 }, async () => {
        const journalist = await actor('JOURNALIST');
        return {
          journalist,
          claim: await createClaimInState(db, { authorId: journalist.id, state: 'IN_REVIEW' }),
        };
      }),
    );
    for (const { claim } of claims)
      await reviewClaim(editor, claim.id, {
        decision: 'request_changes',
        note: 'Once.',
        version: claim.version,
      });
    const before = smtp.received.length;
    const reports = await Promise.all([
      deliverPendingEmails({ batchSize: 2 }),
      deliverPendingEmails({ batchSize: 2, transport: nodemailer.createTransport(smtp.url) }),
      deliverPendingEmails({ batchSize: 2, transport: nodemailer.createTransport(smtp.url) }),
    ]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(6);
    const received = smtp.received.slice(before).flatMap((e) => e.to);
    expect(received.sort()).toEqual(claims.map((c) => c.journalist.email).sort());
  });

  it('reminds assignees of claims due within a day or overdue, once per due date', async () => {
    const journalist = await actor('JOURNALIST');
    const now = new Date();
    const soon = await createClaimInState(db, { authorId: journalist.id, state: 'SOURCING' });
    const late = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    const later = await createClaimInState(db, { authorId: journalist.id, state: 'VERIFYING' });
    const done = await createClaimInState(db, { authorId: journalist.id, state: 'PUBLISHED' });
    const due = (hours: number) => new Date(now.getTime() + hours * 3_600_000);
    await db.claim.update({
      where: { id: soon.id },
      data: { assigneeId: journalist.id, dueAt: due(12) },
    });
    await db.claim.update({
      where: { id: late.id },
      data: { assigneeId: journalist.id, dueAt: due(-3) },
    });
    await db.claim.update({
      where: { id: later.id },
      data: { assigneeId: journalist.id, dueAt: due(48) },
    });
    await db.claim.update({
      where: { id: done.id },
      data: { assigneeId: journalist.id, dueAt: due(-3) },
    });

    await notifyDueClaims(now);
    const mine = await listNotifications(journalist);
    expect(mine.map((n) => [n.kind, n.claimId]).sort()).toEqual(
      [
        ['DUE_SOON', soon.id],
        ['OVERDUE', late.id],
      ].sort(),
    );
    await notifyDueClaims(now);
    expect(await listNotifications(journalist)).toHaveLength(2);
    // A new due date is a new reminder.
    await db.claim.update({ where: { id: soon.id }, data: { dueAt: due(20) } });
    await notifyDueClaims(now);
    expect(await listNotifications(journalist)).toHaveLength(3);
  });
});
