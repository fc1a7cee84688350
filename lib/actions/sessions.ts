'use server';

import { z } from 'zod';
import { endUserSessions, signOutEverywhere } from '@/lib/data/sessions';
import { endSessionsSchema } from '@/lib/schemas/user';
import { authActionClient } from './action-client';

export const signOutEverywhereAction = authActionClient
  .schema(z.undefined())
  .action(({ user }) => signOutEverywhere(user));

export const endUserSessionsAction = authActionClient
  .schema(endSessionsSchema)
  .action(({ input, user }) => endUserSessions(user, input));
