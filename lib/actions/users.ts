'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session-user';
import { changeRole, createUser, setDisabled } from '@/lib/data/users';
import { changeRoleSchema, createUserSchema, setDisabledSchema } from '@/lib/schemas/user';
import { authActionClient } from './action-client';

/** A user-admin action: its schema, its lib call, then the users page refreshed. */
function userAction<S extends z.ZodType>(
  schema: S,
  call: (user: SessionUser, input: z.output<S>) => Promise<unknown>,
) {
  return authActionClient.schema(schema).action(async ({ input, user }) => {
    await call(user, input);
    revalidatePath('/newsroom/admin/users');
  });
}

export const createUserAction = userAction(createUserSchema, createUser);
export const changeRoleAction = userAction(changeRoleSchema, changeRole);
export const setDisabledAction = userAction(setDisabledSchema, setDisabled);
