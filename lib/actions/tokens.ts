'use server';

import { revalidatePath } from 'next/cache';
import { createApiToken, revokeApiToken } from '@/lib/data/api-tokens';
import { createTokenSchema } from '@/lib/schemas/api-token';
import { recordId } from '@/lib/schemas/safe-text';
import { authActionClient } from './action-client';

export const createTokenAction = authActionClient
  .schema(createTokenSchema)
  .action(async ({ input, user }) => {
    const { name, token } = await createApiToken(user, input);
    revalidatePath('/newsroom/settings/tokens');
    return { name, token };
  });

export const revokeTokenAction = authActionClient
  .schema(recordId)
  .action(async ({ input: tokenId, user }) => {
    await revokeApiToken(user, tokenId);
    revalidatePath('/newsroom/settings/tokens');
  });
