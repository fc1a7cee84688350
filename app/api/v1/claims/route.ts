import { apiRoute, searchParamsObject } from '@/lib/api/route';
import { listClaims } from '@/lib/data/claims';

export const GET = apiRoute(async ({ request, user }) => {
  const { rows, total, page, pageSize } = await listClaims(user, searchParamsObject(request));
  return { claims: rows, total, page, pageSize };
});
