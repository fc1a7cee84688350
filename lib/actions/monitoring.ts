'use server';

import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { SessionUser } from '@/lib/auth/session-user';
import { addWatchedSpeaker, removeWatchedSpeaker } from '@/lib/data/triage';
import { addWatchedSource, pollSourceNow, setSourceEnabled } from '@/lib/data/watched-sources';
import {
  pollNowSchema,
  removeSpeakerSchema,
  sourceSwitchSchema,
  watchedSourceSchema,
  watchedSpeakerSchema,
} from '@/lib/schemas/watched-source';
import { authActionClient } from './action-client';

/** A monitoring action: its schema, its lib call, then the monitoring and triage pages refreshed. */
function monitoringAction<S extends z.ZodType>(
  schema: S,
  call: (user: SessionUser, input: z.output<S>) => Promise<unknown>,
) {
  return authActionClient.schema(schema).action(async ({ input, user }) => {
    await call(user, input);
    revalidatePath('/newsroom/monitoring');
    revalidatePath('/newsroom/triage');
  });
}

export const addWatchedSourceAction = monitoringAction(watchedSourceSchema, addWatchedSource);
export const setSourceEnabledAction = monitoringAction(sourceSwitchSchema, setSourceEnabled);
export const pollSourceNowAction = monitoringAction(pollNowSchema, pollSourceNow);
export const addWatchedSpeakerAction = monitoringAction(watchedSpeakerSchema, addWatchedSpeaker);
export const removeWatchedSpeakerAction = monitoringAction(
  removeSpeakerSchema,
  removeWatchedSpeaker,
);
