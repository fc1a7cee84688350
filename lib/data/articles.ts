import 'server-only';
import { codePointOffsets } from '@/lib/code-points';
import { assertCan } from '@/lib/auth/assert-can';
import type { SessionUser } from '@/lib/auth/session-user';
import { db } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type {
  Attribution,
  ClaimKind,
  ClaimState,
  ExtractionStatus,
} from '@/lib/generated/prisma/enums';

export interface ArticleListItem {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  addedBy: string;
  claimCount: number;
  extraction: ExtractionStatus;
}

export const ARTICLE_PAGE_SIZE = 50;

/** Claims per article for a page of articles, on the (articleId, start) index; not over every claim. */
export async function claimCountsOf(articleIds: readonly string[]): Promise<Map<string, number>> {
  if (!articleIds.length) return new Map();
  const counts = await db.claim.groupBy({
    by: ['articleId'],
    where: { articleId: { in: [...articleIds] } },
    _count: { _all: true },
  });
  return new Map(counts.map((c) => [c.articleId, c._count._all]));
}

export interface ArticlePage {
  articles: ArticleListItem[];
  /** Opaque cursors for "Next page" / "Previous page"; null at either end. */
  next: string | null;
  previous: string | null;
}

// A cursor is the boundary article's (createdAt, id) and the way to walk: newest first is "after".
function encodeArticleCursor(row: { createdAt: Date; id: string }, after: boolean): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id, after ? 1 : 0])).toString(
    'base64url',
  );
}

function decodeArticleCursor(raw: string | undefined) {
  if (!raw || raw.length > 200) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [at, id, after] = value;
    if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string')
      return null;
    return { createdAt: new Date(at), id, after: after === 1 };
  } catch {
    return null;
  }
}

/**
 * Articles, newest first, one keyset page at a time (index on createdAt, id), each with its claim
 * count: counted for this page's articles only, on the (articleId, start) index.
 */
export async function listArticles(
  actor: SessionUser | null,
  rawCursor?: string,
  pageSize = ARTICLE_PAGE_SIZE,
): Promise<ArticlePage> {
  assertCan(actor, 'articles.view');
  const cursor = decodeArticleCursor(rawCursor);
  const forward = !cursor || cursor.after;
  const boundary = cursor ? { createdAt: cursor.createdAt, id: cursor.id } : null;
  const direction = Prisma.raw(forward ? 'DESC' : 'ASC');
  const after = boundary
    ? Prisma.sql`(a."createdAt", a.id) ${Prisma.raw(forward ? '<' : '>')} (${boundary.createdAt.toISOString()}::timestamp(3), ${boundary.id})`
    : Prisma.sql`TRUE`;
  const rows = await db.$queryRaw<(Omit<ArticleListItem, 'claimCount'> & { id: string })[]>`
    SELECT a.id, a.title, a.outlet, a."publishedAt", a."createdAt", u.name AS "addedBy",
           a.extraction
    FROM "Article" a JOIN "User" u ON u.id = a."createdById"
    WHERE ${after}
    ORDER BY a."createdAt" ${direction}, a.id ${direction}
    LIMIT ${pageSize + 1}`;
  if (!forward && rows.length <= pageSize) return listArticles(actor, undefined, pageSize);
  const page = forward ? rows.slice(0, pageSize) : rows.slice(0, pageSize).reverse();
  const countOf = await claimCountsOf(page.map((row) => row.id));
  const hasNext = !forward || rows.length > pageSize;
  const hasPrevious = !forward || cursor !== null;
  return {
    articles: page.map((row) => ({ ...row, claimCount: countOf.get(row.id) ?? 0 })),
    next: hasNext && page.length ? encodeArticleCursor(page[page.length - 1], true) : null,
    previous: hasPrevious && page.length ? encodeArticleCursor(page[0], false) : null,
  };
}

/** The article picker of the queue's filter form: the newest articles, plus the one selected. */
export async function articleChoices(
  actor: SessionUser | null,
  selectedId?: string,
  limit = 200,
): Promise<{ id: string; title: string }[]> {
  assertCan(actor, 'articles.view');
  const [newest, selected] = await Promise.all([
    db.article.findMany({
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: { id: true, title: true },
    }),
    selectedId
      ? db.article.findUnique({ where: { id: selectedId }, select: { id: true, title: true } })
      : null,
  ]);
  return selected && !newest.some((a) => a.id === selected.id) ? [selected, ...newest] : newest;
}

export interface NewsroomClaim {
  id: string;
  text: string;
  statement: string;
  codePoints: { start: number; end: number };
  start: number;
  end: number;
  speaker: string | null;
  speakerRole: string | null;
  cue: string | null;
  kind: ClaimKind;
  attribution: Attribution;
  checkworthiness: number;
  checkworthy: boolean;
  state: ClaimState;
  version: number;
  assignee: string | null;
}

export interface NewsroomArticle {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  url: string | null;
  publishedAt: Date | null;
  body: string;
  createdAt: Date;
  addedBy: string;
  /** PENDING until the extraction job has saved the claims of a long article; FAILED says why. */
  extraction: ExtractionStatus;
  extractionError: string | null;
  claims: NewsroomClaim[];
}

export type ArticleRecord = Omit<NewsroomArticle, 'claims'>;
type ClaimRecord = Omit<NewsroomClaim, 'codePoints'>;

/** The article and its claims, with who added it and each claim's assignee named in the same statements. */
/**
 * One article's own fields, or a 404. Unchecked: it serves getNewsroomArticle and getArticleWorkspace,
 * which check `articles.view` first.
 */
export async function readArticleRecord(id: string): Promise<ArticleRecord> {
  const [article] = await db.$queryRaw<ArticleRecord[]>`
    SELECT a.id, a.title, a.outlet, a.byline, a.url, a."publishedAt", a.body, a."createdAt",
           a.extraction::text AS extraction, a."extractionError", u.name AS "addedBy"
    FROM "Article" a JOIN "User" u ON u.id = a."createdById"
    WHERE a.id = ${id}`;
  if (!article) throw notFound('Article');
  return article;
}

export async function getNewsroomArticle(
  actor: SessionUser | null,
  id: string,
): Promise<NewsroomArticle> {
  assertCan(actor, 'articles.view');
  const [article, claims] = await Promise.all([
    readArticleRecord(id),
    db.$queryRaw<ClaimRecord[]>`
      SELECT c.id, c.text, c.statement, c.start, c."end", c.speaker, c."speakerRole", c.cue,
             c.kind::text AS kind, c.attribution::text AS attribution, c.checkworthiness,
             c.checkworthy, c.state::text AS state, c.version, u.name AS assignee
      FROM "Claim" c LEFT JOIN "User" u ON u.id = c."assigneeId"
      WHERE c."articleId" = ${id}
      ORDER BY c.start`,
  ]);
  const codePoint = codePointOffsets(article.body);
  return {
    ...article,
    claims: claims.map(({ assignee, ...claim }) => ({
      ...claim,
      codePoints: { start: codePoint(claim.start), end: codePoint(claim.end) },
      assignee,
    })),
  };
}
