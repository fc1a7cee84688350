import { apiRoute, readJson } from '@/lib/api/route';
import { updateClaim } from '@/lib/data/claim-edits';
import { getClaimDetail } from '@/lib/data/claims';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute<{ id: string }>(({ user, params }): Promise<ClaimDetailResponse> =>
  getClaimDetail(user, params.id),
);

export const PATCH = apiRoute<{ id: string }>(
  async ({ request, user, params }): Promise<ClaimDetailResponse> => {
    await updateClaim(user, params.id, await readJson(request));
    return getClaimDetail(user, params.id);
  },
);

export const { POST, PUT, DELETE } = otherMethods('GET', 'PATCH');
