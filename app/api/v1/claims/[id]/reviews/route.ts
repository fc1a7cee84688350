import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import { reviewClaim } from '@/lib/workflow/service';

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  await reviewClaim(user, params.id, await readJson(request));
  return getClaimDetail(user, params.id);
});
