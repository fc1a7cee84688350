import { apiRoute, readJson } from '@/lib/api/route';
import { createArticle } from '@/lib/data/article-import';
import { getNewsroomArticle } from '@/lib/data/articles';

export const POST = apiRoute(async ({ request, user }) => {
  const created = await createArticle(user, await readJson(request));
  return getNewsroomArticle(user, created.id);
}, 201);
