'use server';

import { revalidatePath } from 'next/cache';
import { changeOwnPassword, resetPassword } from '@/lib/auth/password-change';
import { changePasswordSchema, resetPasswordSchema } from '@/lib/schemas/password';
import { authActionClient } from './action-client';

export const changePasswordAction = authActionClient
  .schema(changePasswordSchema)
  .action(({ input, user }) => changeOwnPassword(user, input));

export const resetPasswordAction = authActionClient
  .schema(resetPasswordSchema)
  .action(async ({ input, user }) => {
    const result = await resetPassword(user, input);
    revalidatePath('/newsroom/admin/users');
    return result;
  });
