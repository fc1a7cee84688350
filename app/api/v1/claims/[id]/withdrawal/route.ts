import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';
import { revalidatePublicSite } from '@/lib/public-cache';
import { withdrawPublication } from '@/lib/workflow/withdraw';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const POST = apiRoute<{ id: string }>(
  async ({ request, user, params }): Promise<ClaimDetailResponse> => {
    await withdrawPublication(user, params.id, await readJson(request));
    revalidatePublicSite();
    return getClaimDetail(user, params.id);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
