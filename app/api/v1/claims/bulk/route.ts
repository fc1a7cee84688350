import { apiRoute, readJson } from '@/lib/api/route';
import { revalidatePublicSite } from '@/lib/public-cache';
import type { BulkResponse } from '@/lib/schemas/api/bulk';
import { bulkAction } from '@/lib/workflow/bulk';

export const POST = apiRoute(async ({ request, user }): Promise<BulkResponse> => {
  const results = await bulkAction(user, await readJson(request));
  if (results.some((r) => r.ok)) revalidatePublicSite();
  return { results };
});
