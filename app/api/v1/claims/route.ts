import { apiRoute, searchParamsObject } from '@/lib/api/route';
import { listClaims } from '@/lib/data/claims';
import type { ClaimListResponse } from '@/lib/schemas/api/claim';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute(async ({ request, user }): Promise<ClaimListResponse> => {
  const { rows, total, page, pageSize } = await listClaims(user, searchParamsObject(request));
  return { claims: rows, total, page, pageSize };
});

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
