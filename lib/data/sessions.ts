import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { endSessionsSchema } from '@/lib/schemas/user';
import { requestContext } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';

async function bumpSessionVersion(actorId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw notFound('User');
    await recordAudit(tx, {
      actorId,
      entity: 'user',
      entityId: userId,
      action: 'user.sessions.end',
    });
  });
  logSecurityEvent('user.sessions_ended', {
    userId: actorId,
    targetUserId: userId,
    ...(await requestContext()),
  });
}

/** "Sign out everywhere": ends every session of the signed-in user, this one included. */
export async function signOutEverywhere(actor: SessionUser | null): Promise<void> {
  const user = assertCan(actor, 'account.manage');
  await bumpSessionVersion(user.id, user.id);
}

/** An admin ends every session of a user (a lost laptop, a leaving colleague). */
export async function endUserSessions(actor: SessionUser | null, input: unknown): Promise<void> {
  const admin = assertCan(actor, 'users.manage');
  const { userId } = endSessionsSchema.parse(input);
  await bumpSessionVersion(admin.id, userId);
}
