import { forbiddenError, unauthenticated } from '@/lib/errors';
import { can, type Permission } from './permissions';
import type { SessionUser } from './session-user';

/** Throws unless the user holds the permission; returns the user narrowed to non-null. */
export function assertCan(user: SessionUser | null, permission: Permission): SessionUser {
  if (!user) throw unauthenticated();
  if (!can(user.role, permission)) throw forbiddenError(`Your role (${user.role.toLowerCase()}) may not do this (${permission}).`);
  return user;
}
