import { apiRoute, readJson } from '@/lib/api/route';
import { createArticle } from '@/lib/data/article-import';
import { getNewsroomArticle } from '@/lib/data/articles';
import type { NewsroomArticleResponse } from '@/lib/schemas/api/article';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const POST = apiRoute(async ({ request, user }): Promise<NewsroomArticleResponse> => {
  const created = await createArticle(user, await readJson(request));
  return getNewsroomArticle(user, created.id);
}, 201);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
