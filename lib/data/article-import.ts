import 'server-only';
import { claimRecordsFor } from '@/lib/articles/claim-records';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { isUniqueViolation } from '@/lib/errors';
import { bodyHash, canonicalUrl } from '@/lib/monitoring/dedup-keys';
import { articleSchema, articleUrlSchema } from '@/lib/schemas/article';
import { importArticleFromUrl } from '@/lib/url-import';
import { sendJob } from '@/lib/jobs/client';
import { matchClaims } from '@/lib/matching/match-article';
import type { NewClaim } from '@/lib/matching/store-matches';
import type { ExtractionStatus } from '@/lib/generated/prisma/enums';
import { EXTRACT_INLINE_MAX_CHARS, queueExtraction } from './article-extraction';
import { freeSlugs } from './free-slugs';

export interface SavedArticle {
  id: string;
  slug: string;
  claimCount: number;
  /** True when the article was already there (same canonical address or same text): nothing was saved. */
  existing: boolean;
  /** PENDING: a long article, saved without claims until the extraction job has run. */
  extraction: ExtractionStatus;
}

/**
 * Saves an article and the claims extracted from it, in one transaction; an article already
 * saved under the same canonical address or with the same normalised text is answered instead.
 * A body over EXTRACT_INLINE_MAX_CHARS is saved at once and its claims extracted by a job.
 */
export async function createArticle(actor: SessionUser | null, input: unknown) {
  const user = assertCan(actor, 'articles.create');
  return saveArticle(articleSchema.parse(input), { createdById: user.id, actorId: user.id });
}

export interface ArticleOrigin {
  createdById: string;
  /** Null when the monitoring worker saves it (the audit says so). */
  actorId: string | null;
  watchedSourceId?: string;
  /** The page's own canonical address, when known (URL import); else `url` is used. */
  canonicalUrl?: string | null;
}

type ParsedArticle = ReturnType<typeof articleSchema.parse>;

async function findExisting(keys: {
  canonicalUrl: string | null;
  bodyHash: string;
}): Promise<SavedArticle | null> {
  const found = await db.article.findFirst({
    where: {
      OR: [
        { bodyHash: keys.bodyHash },
        ...(keys.canonicalUrl ? [{ canonicalUrl: keys.canonicalUrl }] : []),
      ],
    },
    select: { id: true, slug: true, extraction: true, _count: { select: { claims: true } } },
  });
  return found
    ? {
        id: found.id,
        slug: found.slug,
        claimCount: found._count.claims,
        existing: true,
        extraction: found.extraction,
      }
    : null;
}

/**
 * createArticle without the permission check, for callers that made it themselves: createArticle,
 * and the monitoring worker, which saves for the source's owner after checking the owner may.
 */
export async function saveArticle(
  data: ParsedArticle,
  origin: ArticleOrigin,
): Promise<SavedArticle> {
  // Line endings are normalised once so stored offsets match what every reader of the body sees.
  const body = data.body.replace(/\r\n?/g, '\n').trim();
  const keys = {
    canonicalUrl: canonicalUrl(origin.canonicalUrl ?? data.url),
    bodyHash: bodyHash(body),
  };
  const existing = await findExisting(keys);
  if (existing) return existing;
  const deferred = body.length > EXTRACT_INLINE_MAX_CHARS;
  const claims = deferred ? [] : claimRecordsFor(body);
  try {
    const { article, saved } = await insertArticle(data, body, keys, claims, origin, deferred);
    // After the commit, in short transactions of their own: matching every claim of a long article
    // inside the import's transaction outlasted its time limit when three imports ran at once.
    if (deferred) await queueExtraction(article.id);
    else await matchSavedClaims(article.id, saved);
    return article;
  } catch (error) {
    // Another import of the same article won the race: answer with that one.
    if (isUniqueViolation(error)) {
      const winner = await findExisting(keys);
      if (winner) return winner;
    }
    throw error;
  }
}

// Up to this many claims are matched during the import request; a longer article's claims are
// matched by a background job (lib/jobs), so a transcript's import does not wait on hundreds of lookups.
const MATCH_INLINE_LIMIT = 50;

/** Stores "seen before" candidates for new claims; a failure is logged, the import stands. */
async function matchSavedClaims(articleId: string, saved: readonly NewClaim[]): Promise<void> {
  try {
    if (saved.length <= MATCH_INLINE_LIMIT) await matchClaims(saved);
    else await sendJob('claim-matching', { articleId });
  } catch (error) {
    console.error('claim matching failed after an import', error);
  }
}

function insertArticle(
  data: ParsedArticle,
  body: string,
  keys: { canonicalUrl: string | null; bodyHash: string },
  claims: ReturnType<typeof claimRecordsFor>,
  origin: ArticleOrigin,
  deferred: boolean,
): Promise<{ article: SavedArticle; saved: NewClaim[] }> {
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
        createdById: origin.createdById,
        canonicalUrl: keys.canonicalUrl,
        bodyHash: keys.bodyHash,
        watchedSourceId: origin.watchedSourceId,
        extraction: deferred ? 'PENDING' : 'DONE',
      },
      select: { id: true, slug: true, extraction: true },
    });
    const saved = await tx.claim.createManyAndReturn({
      data: claims.map((claim, i) => ({ ...claim, slug: claimSlugs[i], articleId: article.id })),
      select: { id: true, articleId: true, text: true, speaker: true },
    });
    await recordAudit(tx, {
      actorId: origin.actorId,
      entity: 'article',
      entityId: article.id,
      action: 'article.create',
      after: {
        title: data.title,
        claims: claims.length,
        ...(deferred ? { extraction: 'PENDING' } : {}),
        ...(origin.watchedSourceId ? { watchedSourceId: origin.watchedSourceId } : {}),
      },
    });
    return {
      article: { ...article, claimCount: claims.length, existing: false },
      saved,
    };
  });
}

/** Reads an article from a web page so the import form can show it for review; saves nothing. */
export async function fetchArticleForReview(actor: SessionUser | null, input: unknown) {
  assertCan(actor, 'articles.create');
  return importArticleFromUrl(articleUrlSchema.parse(input).url);
}
