import { z } from 'zod';
import { Role } from '@/lib/generated/prisma/enums';
import { recordId, safeText } from './safe-text';

export const roleSchema = z.enum(Role, { message: 'Choose a role.' });

export const createUserSchema = z.object({
  email: safeText().trim().toLowerCase().max(254).email('Enter a valid email address.'),
  name: safeText().trim().min(1, 'Enter a name.').max(120, 'Keep the name under 120 characters.'),
  role: roleSchema,
  password: safeText().min(12, 'Use at least 12 characters.').max(200, 'Password is too long.'),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: recordId, role: roleSchema });
export const setDisabledSchema = z.object({ userId: recordId, disabled: z.boolean() });
export const endSessionsSchema = z.object({ userId: recordId });
