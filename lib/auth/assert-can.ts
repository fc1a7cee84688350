import { forbiddenError, unauthenticated } from '@/lib/errors';
import { can, rolesWith, type Permission } from './permissions';
import type { SessionUser } from './session-user';

/** Throws unless the user holds the permission; returns the user narrowed to non-null. */
export function assertCan(user: SessionUser | null, permission: Permission): SessionUser {
  if (!user) throw unauthenticated();
  if (user.mustChangePassword && permission !== 'account.manage')
    throw forbiddenError('Your password was reset: choose a new one before anything else.');
  if (!can(user.role, permission))
    throw forbiddenError(
      `Only ${rolesWith(permission)} may do this (${permission}); you are signed in as a ${user.role.toLowerCase()}.`,
    );
  return user;
}
