import { apiRoute, readJson } from '@/lib/api/route';
import { revalidatePublicSite } from '@/lib/public-cache';
import type { BulkResponse } from '@/lib/schemas/api/bulk';
import { bulkAction } from '@/lib/workflow/bulk';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const POST = apiRoute(async ({ request, user }): Promise<BulkResponse> => {
  const results = await bulkAction(user, await readJson(request));
  if (results.some((r) => r.ok)) revalidatePublicSite();
  return { results };
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
