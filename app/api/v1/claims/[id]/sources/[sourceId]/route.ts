import { otherMethods } from '@/lib/api/method-not-allowed';
import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import { removeSource, updateSource } from '@/lib/data/sources';
import type { ClaimDetailResponse } from '@/lib/schemas/api/claim';

type Params = { id: string; sourceId: string };

export const PATCH = apiRoute<Params>(
  async ({ request, user, params }): Promise<ClaimDetailResponse> => {
    await updateSource(user, params.sourceId, await readJson(request), { claimId: params.id });
    return getClaimDetail(user, params.id);
  },
);

// The version goes in the query: many clients send no body with DELETE.
export const DELETE = apiRoute<Params>(
  async ({ request, user, params }): Promise<ClaimDetailResponse> => {
    const version = new URL(request.url).searchParams.get('version');
    await removeSource(
      user,
      params.sourceId,
      { version: version === null || version === '' ? undefined : Number(version) },
      { claimId: params.id },
    );
    return getClaimDetail(user, params.id);
  },
);

export const { GET, POST, PUT } = otherMethods('PATCH', 'DELETE');
