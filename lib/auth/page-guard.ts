import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { requestContext } from '@/lib/security/request-context';
import { logSecurityEvent } from '@/lib/security/security-log';
import { getCurrentUser } from './current-user';
import { can, type Permission } from './permissions';
import type { SessionUser } from './session-user';

/** For pages: anonymous visitors go to sign-in; a signed-in user without the permission gets a 403. */
export async function requirePageUser(
  permission: Permission,
  returnTo?: string,
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/signin?callbackUrl=${encodeURIComponent(returnTo)}` : '/signin');
  if (user.mustChangePassword) redirect('/account/password');
  if (!can(user.role, permission)) {
    logSecurityEvent('access.refused', {
      status: 403,
      reason: `page needs ${permission}`,
      path: returnTo ?? null,
      userId: user.id,
      ...(await requestContext()),
    });
    forbidden();
  }
  return user;
}
