'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { changeOwnPassword, resetPassword } from '@/lib/auth/password-change';
import { runAction } from './action-result';

export async function changePasswordAction(input: unknown) {
  return runAction(async () => changeOwnPassword(await getCurrentUser(), input));
}

export async function resetPasswordAction(input: unknown) {
  return runAction(async () => resetPassword(await getCurrentUser(), input));
}
