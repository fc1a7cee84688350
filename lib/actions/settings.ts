'use server';

import { runAction } from './action-result';
import { getCurrentUser } from '@/lib/auth/current-user';
import { updateSettings } from '@/lib/data/settings';
import { revalidatePublicSite } from '@/lib/public-cache';

export async function updateSettingsAction(input: unknown) {
  return runAction(async () => {
    await updateSettings(await getCurrentUser(), input);
    revalidatePublicSite();
  });
}
