import { apiRoute, readJson } from '@/lib/api/route';
import { revalidatePublicSite } from '@/lib/public-cache';
import { bulkAction } from '@/lib/workflow/bulk';

export const POST = apiRoute(async ({ request, user }) => {
  const results = await bulkAction(user, await readJson(request));
  if (results.some((r) => r.ok)) revalidatePublicSite();
  return { results };
});
