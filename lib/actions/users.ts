'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { changeRole, createUser, setDisabled } from '@/lib/data/users';
import { runAction } from './action-result';

export async function createUserAction(input: unknown) {
  return runAction(async () => {
    const user = await createUser(await getCurrentUser(), input);
    revalidatePath('/newsroom/admin/users');
    return { id: user.id };
  });
}

export async function changeRoleAction(input: unknown) {
  return runAction(async () => {
    await changeRole(await getCurrentUser(), input);
    revalidatePath('/newsroom/admin/users');
  });
}

export async function setDisabledAction(input: unknown) {
  return runAction(async () => {
    await setDisabled(await getCurrentUser(), input);
    revalidatePath('/newsroom/admin/users');
  });
}
