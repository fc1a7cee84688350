import { z } from 'zod';
import { safeText } from './safe-text';

export const signInSchema = z.object({
  email: safeText()
    .trim()
    .min(1, 'Enter your email.')
    .max(254)
    .email('Enter a valid email address.'),
  password: safeText().min(1, 'Enter your password.').max(200, 'Password is too long.'),
});

export type SignInInput = z.infer<typeof signInSchema>;
