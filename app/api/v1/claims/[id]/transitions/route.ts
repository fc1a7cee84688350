import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';
import { revalidateAfterWorkflow } from '@/lib/public-cache';
import { transitionClaim } from '@/lib/workflow/service';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const POST = apiRoute<{ id: string }>(
  async ({ request, user, params }): Promise<ClaimDetailResponse> => {
    const result = await transitionClaim(user, params.id, await readJson(request));
    revalidateAfterWorkflow(result);
    return getClaimDetail(user, params.id);
  },
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
