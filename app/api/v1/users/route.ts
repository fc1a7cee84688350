import { apiRoute } from '@/lib/api/route';
import { listAssignableUsers } from '@/lib/data/users';
import type { UserListResponse } from '@/lib/schemas/api/user';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute(async ({ user }): Promise<UserListResponse> => ({
  users: await listAssignableUsers(user),
}));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
