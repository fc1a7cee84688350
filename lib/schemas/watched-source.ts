import { z } from 'zod';
import { httpUrl } from './claim';
import { recordId, safeText } from './safe-text';

export const MIN_POLL_MINUTES = 5;
export const MAX_POLL_MINUTES = 7 * 24 * 60;

export const watchedSourceSchema = z.object({
  name: safeText()
    .trim()
    .min(1, 'Name the source.')
    .max(200, 'Keep the name under 200 characters.'),
  url: httpUrl,
  intervalMinutes: z.coerce
    .number({ message: 'Enter the polling interval in minutes.' })
    .int('Enter whole minutes.')
    .min(MIN_POLL_MINUTES, `Poll at most every ${MIN_POLL_MINUTES} minutes.`)
    .max(MAX_POLL_MINUTES, 'Poll at least once a week.'),
});
export type WatchedSourceInput = z.input<typeof watchedSourceSchema>;

export const sourceSwitchSchema = z.object({ sourceId: recordId, enabled: z.boolean() });
export const pollNowSchema = z.object({ sourceId: recordId });

export const watchedSpeakerSchema = z.object({
  name: safeText().trim().min(2, 'Enter the speaker’s name.').max(200),
});
export const removeSpeakerSchema = z.object({ speakerId: recordId });
