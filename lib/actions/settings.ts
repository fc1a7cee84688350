'use server';

import { updateSettings } from '@/lib/data/settings';
import { revalidatePublicSite } from '@/lib/public-cache';
import { settingsSchema } from '@/lib/schemas/settings';
import { authActionClient } from './action-client';

export const updateSettingsAction = authActionClient
  .schema(settingsSchema)
  .action(async ({ input, user }) => {
    await updateSettings(user, input);
    revalidatePublicSite();
  });
