// Response body of GET /api/v1/users (listAssignableUsers in lib/data/users.ts).
import { z } from 'zod';
import { roleSchema } from './enums';

export const userListSchema = z
  .strictObject({
    users: z.array(
      z
        .strictObject({ id: z.string(), name: z.string(), role: roleSchema })
        .meta({ id: 'UserListItem' }),
    ),
  })
  .meta({ id: 'UserList' });
export type UserListResponse = z.output<typeof userListSchema>;
