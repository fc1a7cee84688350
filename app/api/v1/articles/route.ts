import { apiRoute, readJson, searchParamsObject } from '@/lib/api/route';
import { createArticle } from '@/lib/data/article-import';
import { findArticles } from '@/lib/data/article-lookup';
import { getNewsroomArticle } from '@/lib/data/articles';
import type { ArticleListResponse, NewsroomArticleResponse } from '@/lib/schemas/api/article';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute(({ request, user }): Promise<ArticleListResponse> =>
  findArticles(user, searchParamsObject(request)),
);

export const POST = apiRoute(async ({ request, user }): Promise<NewsroomArticleResponse> => {
  const created = await createArticle(user, await readJson(request));
  return getNewsroomArticle(user, created.id);
}, 201);

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
