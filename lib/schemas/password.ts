import { z } from 'zod';
import { recordId, safeText } from './safe-text';

// Length only here (the form checks it as you type); lib/auth/password-change.ts also refuses
// common and guessable passwords, with a strength estimator too large to ship to the browser.
export const newPasswordSchema = safeText()
  .min(12, 'Use at least 12 characters.')
  .max(200, 'Password is too long.');

export const changePasswordSchema = z
  .object({
    currentPassword: safeText().min(1, 'Enter your current password.').max(200),
    newPassword: newPasswordSchema,
    confirmPassword: safeText(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The two new passwords differ.',
  })
  .refine((value) => value.newPassword !== value.currentPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one.',
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const resetPasswordSchema = z.object({ userId: recordId });
