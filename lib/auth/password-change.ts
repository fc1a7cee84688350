import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { conflict, invalid, notFound } from '@/lib/errors';
import { changePasswordSchema, resetPasswordSchema } from '@/lib/schemas/password';
import { weakPasswordProblem } from '@/lib/security/password-strength';
import { requestContext } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';
import { assertCan } from './assert-can';
import { hashPassword, verifyPassword } from './passwords';
import type { SessionUser } from './session-user';

/** Refuses a guessable new password with a field error; nothing is changed. */
export function assertStrongPassword(password: string, field: string, userInputs: string[]) {
  const problem = weakPasswordProblem(password, userInputs);
  if (problem) throw invalid(problem, { [field]: problem });
}

/** Changes the signed-in user's password (the current one required) and ends all their sessions. */
export async function changeOwnPassword(actor: SessionUser | null, input: unknown): Promise<void> {
  const user = assertCan(actor, 'account.manage');
  const { currentPassword, newPassword } = changePasswordSchema.parse(input);
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { passwordHash: true, sessionVersion: true },
  });
  if (!row) throw notFound('User');
  if (!(await verifyPassword(row.passwordHash, currentPassword)))
    throw invalid('Your current password is not right.', {
      currentPassword: 'Your current password is not right.',
    });
  assertStrongPassword(newPassword, 'newPassword', [user.email, user.name]);
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    // Only if nothing changed meanwhile (another tab, an admin reset).
    const { count } = await tx.user.updateMany({
      where: { id: user.id, sessionVersion: row.sessionVersion },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw conflict('Your account changed meanwhile; sign in again and retry.');
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'user',
      entityId: user.id,
      action: 'user.password.change',
    });
  });
  logSecurityEvent('auth.password_changed', { userId: user.id, ...(await requestContext()) });
}

/**
 * An admin's reset: a random one-time password (returned once, for the admin to pass on), every
 * session of the user ended, and a new password required at their next sign-in.
 */
export async function resetPassword(
  actor: SessionUser | null,
  input: unknown,
): Promise<{ temporaryPassword: string }> {
  const admin = assertCan(actor, 'users.manage');
  const { userId } = resetPasswordSchema.parse(input);
  if (userId === admin.id) throw conflict('Change your own password on your account page.');
  const temporaryPassword = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(temporaryPassword);
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, sessionVersion: { increment: 1 } },
    });
    if (count === 0) throw notFound('User');
    await recordAudit(tx, {
      actorId: admin.id,
      entity: 'user',
      entityId: userId,
      action: 'user.password.reset',
    });
  });
  logSecurityEvent('auth.password_reset', {
    userId: admin.id,
    targetUserId: userId,
    ...(await requestContext()),
  });
  return { temporaryPassword };
}
