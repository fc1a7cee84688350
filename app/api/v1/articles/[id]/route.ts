import { apiRoute } from '@/lib/api/route';
import { getNewsroomArticle } from '@/lib/data/articles';
import type { NewsroomArticleResponse } from '@/lib/schemas/api/article';
import { otherMethods } from '@/lib/api/method-not-allowed';

export const GET = apiRoute<{ id: string }>(({ user, params }): Promise<NewsroomArticleResponse> =>
  getNewsroomArticle(user, params.id),
);

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
