import 'server-only';
import { claimRecordsFor } from '@/lib/articles/claim-records';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { articleSchema, articleUrlSchema } from '@/lib/schemas/article';
import { importArticleFromUrl } from '@/lib/url-import';
import { matchNewClaims } from '@/lib/matching/store-matches';
import { freeSlugs } from './free-slugs';

/** Saves an article and the claims extracted from it, in one transaction. */
export async function createArticle(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'articles.create');
  const data = articleSchema.parse(input);
  // Line endings are normalised once so stored offsets match what every reader of the body sees.
  const body = data.body.replace(/\r\n?/g, '\n').trim();
  const claims = claimRecordsFor(body);
  return db.$transaction(async (tx) => {
    const [slug] = await freeSlugs(tx, 'article', [data.title]);
    const claimSlugs = await freeSlugs(
      tx,
      'claim',
      claims.map((claim) => claim.text),
    );
    const article = await tx.article.create({
      data: {
        slug,
        title: data.title,
        body,
        url: data.url,
        outlet: data.outlet,
        byline: data.byline,
        publishedAt: data.publishedAt,
        createdById: user.id,
      },
      select: { id: true, slug: true },
    });
    const saved = await tx.claim.createManyAndReturn({
      data: claims.map((claim, i) => ({ ...claim, slug: claimSlugs[i], articleId: article.id })),
      select: { id: true, articleId: true, text: true, speaker: true },
    });
    await matchNewClaims(tx, saved);
    await recordAudit(tx, {
      actorId: user.id,
      entity: 'article',
      entityId: article.id,
      action: 'article.create',
      after: { title: data.title, claims: claims.length },
    });
    return { id: article.id, slug: article.slug, claimCount: claims.length };
  });
}

/** Reads an article from a web page so the import form can show it for review; saves nothing. */
export async function fetchArticleForReview(actor: SessionUser | null, input: unknown) {
  assertCan(actor, 'articles.create');
  return importArticleFromUrl(articleUrlSchema.parse(input).url);
}
