import { z } from 'zod';
import { safeText } from './safe-text';

/** Newsroom settings: the one schema for the admin form (zodResolver) and the server (parse). */
export const settingsSchema = z.object({
  name: safeText()
    .trim()
    .min(1, 'Enter the newsroom name.')
    .max(80, 'Keep the name under 80 characters.'),
  // Blank: the address the app is configured with (lib/public-url.ts).
  // null (what a blank address is saved as) counts as blank when a form sends it back.
  url: safeText()
    .trim()
    .max(200, 'Keep the address under 200 characters.')
    .nullable()
    .refine(
      (value) => !value || (z.url().safeParse(value).success && /^https?:\/\//i.test(value)),
      'Enter the full http(s) address, like https://factcheck.example.org, or leave it blank.',
    )
    .transform((value) => (value ? value.replace(/\/+$/, '') : null)),
  logoText: safeText()
    .trim()
    .min(1, 'Enter the text shown as the logo.')
    .max(40, 'Keep the logo text under 40 characters.'),
  reviewQuorum: z
    .number({ message: 'Enter a number.' })
    .int('Use a whole number.')
    .min(1, 'At least one approval is needed.')
    .max(5, 'At most 5 approvals.'),
  // Optional so an older client that does not send it leaves the setting as it is.
  twoPersonRule: z.boolean({ message: 'Say whether the two-person rule applies.' }).optional(),
  methodology: safeText().max(20_000, 'Keep the methodology under 20,000 characters.'),
  correctionsPolicy: safeText().max(20_000, 'Keep the policy under 20,000 characters.'),
  // Optional so that a caller which does not send it leaves the saved licence as it is.
  dataLicence: safeText()
    .trim()
    .min(1, 'Name the licence of the public data, or give its address.')
    .max(300, 'Keep the licence under 300 characters.')
    .optional(),
  // Optional like the licence: a caller that does not send it leaves it as it is.
  ownOutlets: safeText()
    .max(2000, 'Keep the list of your outlets under 2,000 characters.')
    .transform((value) =>
      value
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .optional(),
});

export type SettingsInput = z.input<typeof settingsSchema>;
export type Settings = z.output<typeof settingsSchema>;
