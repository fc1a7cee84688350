import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { PUBLIC_PAGE_SIZE, type VerdictQuery } from '@/lib/schemas/verdict-query';
import { decodeCursor } from './cursor';
import { keysetOrder, keysetPage, keysetWhere } from './keyset';
import { countPublishedVerdicts, type VerdictCount } from './verdict-counts';
import { filtersSql, type VerdictFilters } from './verdict-filters';

export interface PublicVerdictSummary {
  /** The claim's slug: the stable public id of a verdict. */
  slug: string;
  statement: string;
  claimText: string;
  speaker: string | null;
  speakerRole: string | null;
  /** The rating scale key, and the rating's name as published. */
  rating: string;
  ratingName: string;
  summary: string;
  publishedAt: Date;
  firstPublishedAt: Date;
  articleSlug: string;
  articleTitle: string;
  articleOutlet: string | null;
}

export interface VerdictPage extends VerdictCount {
  items: PublicVerdictSummary[];
  /** Cursor for the next (older) page; null on the last page. */
  next: string | null;
  /** Cursor for the previous (newer) page; null on the first page. */
  prev: string | null;
  /** The page number when the page was asked for by number (the first pages only), else null. */
  page: number | null;
}

/** The columns of a verdict summary, over `p` (Publication), `c` (Claim) and `a` (Article). */
export const SUMMARY_COLUMNS = Prisma.sql`p.id AS "publicationId", c.slug, p.statement, p."claimText", p.speaker,
  p."speakerRole", p.rating, p."ratingName", p.summary, p."publishedAt",
  coalesce(p."firstPublishedAt", p."publishedAt") AS "firstPublishedAt",
  a.slug AS "articleSlug", a.title AS "articleTitle", a.outlet AS "articleOutlet"`;

export const SUMMARY_FROM = Prisma.sql`"Publication" p
  JOIN "Claim" c ON c.id = p."claimId"
  JOIN "Article" a ON a.id = c."articleId"`;

type Row = PublicVerdictSummary & { publicationId: string };

const strip = ({ publicationId: _id, ...item }: Row): PublicVerdictSummary => item;

/**
 * One page of verdicts, newest first, by keyset: `cursor` (from a previous page) or, for the first
 * few pages only, a page number. Reads pageSize + 1 rows along an index to know if more follow.
 */
export async function verdictPage(
  filters: VerdictFilters,
  { cursor, page }: { cursor?: string; page?: number } = {},
  pageSize = PUBLIC_PAGE_SIZE,
): Promise<Omit<VerdictPage, keyof VerdictCount>> {
  const at = cursor ? decodeCursor(cursor) : null;
  const offset = at ? 0 : ((page ?? 1) - 1) * pageSize;
  const rows = await db.$queryRaw<Row[]>`
    SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
    WHERE ${Prisma.join([...filtersSql(filters), keysetWhere(at)], ' AND ')}
    ORDER BY ${keysetOrder(at)}
    LIMIT ${pageSize + 1} OFFSET ${offset}`;
  const { shown, next, prev } = keysetPage(
    rows,
    at,
    pageSize,
    (row) => ({ publishedAt: row.publishedAt, id: row.publicationId }),
    offset > 0,
  );
  return { items: shown.map(strip), next, prev, page: at ? null : (page ?? 1) };
}

/** Published verdicts, newest first, one page at a time (cursor or first pages by number), with a count. */
export async function listPublishedVerdicts(
  query: Partial<VerdictQuery> = {},
  pageSize = PUBLIC_PAGE_SIZE,
): Promise<VerdictPage> {
  const { page, cursor, ...filters } = query;
  const [result, count] = await Promise.all([
    verdictPage(filters, { cursor, page }, pageSize),
    countPublishedVerdicts(filters),
  ]);
  return { ...result, ...count };
}

/** The distinct speaker names of published verdicts (from the maintained counters). */
export async function listPublishedSpeakers(): Promise<string[]> {
  const rows = await db.$queryRaw<{ speaker: string }[]>`
    SELECT speaker FROM "PublicVerdictCount" WHERE speaker <> '' GROUP BY speaker HAVING sum(count) > 0
    ORDER BY speaker`;
  return rows.map((row) => row.speaker);
}

/** The speakers with the most published verdicts, most first (from the maintained counters). */
export async function listMostCheckedSpeakers(
  limit = 10,
): Promise<{ name: string; count: number }[]> {
  return db.$queryRaw<{ name: string; count: number }[]>`
    SELECT speaker AS name, sum(count)::int AS count FROM "PublicVerdictCount" WHERE speaker <> ''
    GROUP BY speaker HAVING sum(count) > 0 ORDER BY count DESC, speaker LIMIT ${limit}`;
}
