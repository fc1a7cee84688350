'use server';

import { getCurrentUser } from '@/lib/auth/current-user';
import { endUserSessions, signOutEverywhere } from '@/lib/data/sessions';
import { runAction } from './action-result';

export async function signOutEverywhereAction() {
  return runAction(async () => signOutEverywhere(await getCurrentUser()));
}

export async function endUserSessionsAction(input: unknown) {
  return runAction(async () => endUserSessions(await getCurrentUser(), input));
}
