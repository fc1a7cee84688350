import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import { revalidateAfterWorkflow } from '@/lib/public-cache';
import { transitionClaim } from '@/lib/workflow/service';

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  const result = await transitionClaim(user, params.id, await readJson(request));
  revalidateAfterWorkflow(result);
  return getClaimDetail(user, params.id);
});
