import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { getNewsroomArticle } from '@/lib/data/articles';
import { articleProgress } from '@/lib/data/claims';
import { formatDate } from '@/lib/format';

/** The newsroom article page: the article with its claims, their progress, and what the text highlights need. */
export async function getArticleWorkspace(actor: SessionUser | null, articleId: string) {
  const user = assertCan(actor, 'articles.view');
  const [article, progress] = await Promise.all([
    getNewsroomArticle(user, articleId),
    articleProgress(user, articleId),
  ]);
  return {
    article,
    progress,
    byline: [article.outlet, article.byline, article.publishedAt && formatDate(article.publishedAt)]
      .filter(Boolean)
      .join(' · '),
    speakers: [...new Set(article.claims.flatMap((c) => (c.speaker ? [c.speaker] : [])))].sort(),
    highlights: article.claims.map(({ id, start, end, state, speaker }) => ({
      id,
      start,
      end,
      state,
      speaker,
    })),
    versions: Object.fromEntries(article.claims.map((c) => [c.id, c.version])),
    canEdit: can(user.role, 'claims.edit'),
  };
}
