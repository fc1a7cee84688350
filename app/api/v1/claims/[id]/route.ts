import { apiRoute, readJson } from '@/lib/api/route';
import { updateClaim } from '@/lib/data/claim-edits';
import { getClaimDetail } from '@/lib/data/claims';

export const GET = apiRoute<{ id: string }>(({ user, params }) => getClaimDetail(user, params.id));

export const PATCH = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  await updateClaim(user, params.id, await readJson(request));
  return getClaimDetail(user, params.id);
});
