import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import { proposeVerdict } from '@/lib/data/evidence';

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  await proposeVerdict(user, params.id, await readJson(request));
  return getClaimDetail(user, params.id);
});
