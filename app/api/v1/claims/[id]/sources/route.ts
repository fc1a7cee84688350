import { apiRoute, readJson } from '@/lib/api/route';
import { getClaimDetail } from '@/lib/data/claims';
import { addSource } from '@/lib/data/evidence';

export const POST = apiRoute<{ id: string }>(async ({ request, user, params }) => {
  await addSource(user, params.id, await readJson(request));
  return getClaimDetail(user, params.id);
}, 201);
