'use server';

import { revalidatePath } from 'next/cache';
import { getCurrentUser } from '@/lib/auth/current-user';
import { createApiToken, revokeApiToken } from '@/lib/data/api-tokens';
import { runAction } from './action-result';

export async function createTokenAction(input: unknown) {
  return runAction(async () => {
    const created = await createApiToken(await getCurrentUser(), input);
    revalidatePath('/newsroom/settings/tokens');
    return { name: created.name, token: created.token };
  });
}

export async function revokeTokenAction(tokenId: string) {
  return runAction(async () => {
    await revokeApiToken(await getCurrentUser(), tokenId);
    revalidatePath('/newsroom/settings/tokens');
  });
}
