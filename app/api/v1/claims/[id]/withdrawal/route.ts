import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import { revalidatePublicSite } from '@/lib/public-cache';
import { withdrawPublication } from '@/lib/workflow/withdraw';

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  await withdrawPublication(user, params.id, await readJson(request));
  revalidatePublicSite();
  return getClaimDetail(user, params.id);
});
