import { apiRoute, readJson } from '@/lib/api/route';
import { createArticle } from '@/lib/data/article-import';
import { getNewsroomArticle } from '@/lib/data/articles';
import type { NewsroomArticleResponse } from '@/lib/schemas/api/article';

export const POST = apiRoute(async ({ request, user }): Promise<NewsroomArticleResponse> => {
  const created = await createArticle(user, await readJson(request));
  return getNewsroomArticle(user, created.id);
}, 201);
