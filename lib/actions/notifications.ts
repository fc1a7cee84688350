'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  markAllNotificationsRead,
  markNotificationRead,
  setEmailPreference,
} from '@/lib/data/notifications';
import { emailPreferenceSchema, markReadSchema } from '@/lib/schemas/notifications';
import { authActionClient } from './action-client';

// The header's unread count sits in the newsroom layout.
const refreshNewsroom = () => revalidatePath('/newsroom', 'layout');

export const markNotificationReadAction = authActionClient
  .schema(markReadSchema)
  .action(async ({ input, user }) => {
    await markNotificationRead(user, input);
    refreshNewsroom();
  });

export const markAllNotificationsReadAction = authActionClient
  .schema(z.undefined())
  .action(async ({ user }) => {
    const result = await markAllNotificationsRead(user);
    refreshNewsroom();
    return result;
  });

export const setEmailPreferenceAction = authActionClient
  .schema(emailPreferenceSchema)
  .action(({ input, user }) => setEmailPreference(user, input));
