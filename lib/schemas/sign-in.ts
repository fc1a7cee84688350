import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email.')
    .max(254)
    .email('Enter a valid email address.'),
  password: z.string().min(1, 'Enter your password.').max(200, 'Password is too long.'),
});

export type SignInInput = z.infer<typeof signInSchema>;
