import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';
import { addSource } from '@/lib/data/sources';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const POST = apiRoute<{ id: string }>(
  async ({ request, user, params }): Promise<ClaimDetailResponse> => {
    await addSource(user, params.id, await readJson(request));
    return getClaimDetail(user, params.id);
  },
  201,
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
