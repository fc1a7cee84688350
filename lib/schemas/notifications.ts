import { z } from 'zod';
import { EmailPreference } from '@/lib/generated/prisma/enums';
import { recordId } from './safe-text';

export const EMAIL_PREFERENCE_LABELS: Record<EmailPreference, string> = {
  IN_APP_ONLY: 'In the app only',
  EMAIL: 'In the app and by email, as they happen',
  DAILY_DIGEST: 'In the app, and one email a day with all of them (daily digest)',
};

/** The account page's notification form (zodResolver) and the server (parse). */
export const emailPreferenceSchema = z.object({
  emailPreference: z.enum(EmailPreference, { message: 'Choose how you hear of notifications.' }),
});
export type EmailPreferenceInput = z.infer<typeof emailPreferenceSchema>;

export const markReadSchema = z.object({ id: recordId });
