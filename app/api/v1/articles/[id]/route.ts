import { apiRoute } from '@/lib/api/route';
import { getNewsroomArticle } from '@/lib/data/articles';
import type { NewsroomArticleResponse } from '@/lib/schemas/api/article';

export const GET = apiRoute<{ id: string }>(({ user, params }): Promise<NewsroomArticleResponse> =>
  getNewsroomArticle(user, params.id),
);
