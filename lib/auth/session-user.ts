import type { Role } from '@/lib/generated/prisma/enums';

/** What the app knows about the signed-in user, read fresh from the database on each request. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** After an admin's password reset: nothing but choosing a new password is allowed. */
  mustChangePassword?: boolean;
}
