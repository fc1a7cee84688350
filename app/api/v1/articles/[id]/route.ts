import { apiRoute } from '@/lib/api/route';
import { getNewsroomArticle } from '@/lib/data/articles';

export const GET = apiRoute<{ id: string }>(({ user, params }) =>
  getNewsroomArticle(user, params.id),
);
