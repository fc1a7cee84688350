import 'server-only';
import { getServerSession } from 'next-auth';
import { cache } from 'react';
import { db } from '@/lib/db';
import { authOptions } from './options';
import type { SessionUser } from './session-user';

/**
 * The signed-in user, fresh from the database: a disabled or deleted user, or a session issued
 * before the user's sessions were ended (sign-out, password change, role change), counts as signed out.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  return user?.id ? findSessionUser(user.id, user.sessionVersion) : null;
});

/** The user behind a session cookie issued at `sessionVersion`, or null when that session has ended. */
export async function findSessionUser(
  id: string,
  sessionVersion: number,
): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabled: true,
      sessionVersion: true,
      mustChangePassword: true,
    },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
  const { id: userId, email, name, role } = user;
  return user.mustChangePassword
    ? { id: userId, email, name, role, mustChangePassword: true }
    : { id: userId, email, name, role };
}

/** The active user with this id, whatever session they hold (tests and tools acting as a user). */
export async function findActiveUser(id: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({ where: { id }, select: { sessionVersion: true } });
  return user ? findSessionUser(id, user.sessionVersion) : null;
}
