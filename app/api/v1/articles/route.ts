import { apiRoute, readJson, searchParamsObject } from '@/lib/api/route';
import { createArticle } from '@/lib/data/article-import';
import { findArticles } from '@/lib/data/article-lookup';
import { getNewsroomArticle } from '@/lib/data/articles';
import { NextResponse } from 'next/server';
import type { ArticleListResponse, CreatedArticleResponse } from '@/lib/schemas/api/article';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute(({ request, user }): Promise<ArticleListResponse> =>
  findArticles(user, searchParamsObject(request)),
);

// 201 with the new article, 202 when its claims are still being extracted (a long article), or
// 200 with the one already saved under the same URL or text.
export const POST = apiRoute(async ({ request, user }) => {
  const saved = await createArticle(user, await readJson(request));
  const body: CreatedArticleResponse = {
    ...(await getNewsroomArticle(user, saved.id)),
    existing: saved.existing,
  };
  const status = saved.existing ? 200 : saved.extraction === 'PENDING' ? 202 : 201;
  return NextResponse.json(body, { status });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
