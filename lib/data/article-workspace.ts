import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { getNewsroomArticle, type NewsroomClaim } from '@/lib/data/articles';
import { articleProgress } from '@/lib/data/claims';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format';

export interface WorkspaceClaim extends NewsroomClaim {
  /** The public fact-check page while a verdict on the claim is published, else null. */
  publicPath: string | null;
}

/** Public page paths of the article's claims that have a live (not withdrawn) publication. */
async function publicPaths(articleId: string): Promise<Map<string, string>> {
  const live = await db.claim.findMany({
    where: { articleId, publications: { some: { withdrawnAt: null } } },
    select: { id: true, slug: true },
  });
  return new Map(live.map((claim) => [claim.id, `/claims/${claim.slug}`]));
}

/** The newsroom article page: the article with its claims, their progress, and what the text highlights need. */
export async function getArticleWorkspace(actor: SessionUser | null, articleId: string) {
  const user = assertCan(actor, 'articles.view');
  const [article, progress, paths] = await Promise.all([
    getNewsroomArticle(user, articleId),
    articleProgress(user, articleId),
    publicPaths(articleId),
  ]);
  const claims: WorkspaceClaim[] = article.claims.map((claim) => ({
    ...claim,
    publicPath: paths.get(claim.id) ?? null,
  }));
  return {
    article: { ...article, claims },
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
    // Claims are not added or merged by hand until the extraction job has saved its own.
    canEdit: can(user.role, 'claims.edit') && article.extraction === 'DONE',
  };
}
