import 'server-only';
import { assertCan } from '@/lib/auth/assert-can';
import { can } from '@/lib/auth/permissions';
import type { SessionUser } from '@/lib/auth/session-user';
import { getNewsroomArticle, type NewsroomClaim } from '@/lib/data/articles';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format';
import type { ClaimState } from '@/lib/generated/prisma/enums';
import { CLAIM_STATES } from '@/lib/workflow/states';

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
  const [article, paths] = await Promise.all([
    getNewsroomArticle(user, articleId),
    publicPaths(articleId),
  ]);
  // The article's claims are all listed, so their states give its progress (no second count).
  const progress = Object.fromEntries(CLAIM_STATES.map((state) => [state, 0])) as Record<
    ClaimState,
    number
  >;
  for (const claim of article.claims) progress[claim.state] += 1;
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
