import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Rating } from '@/lib/generated/prisma/enums';
import { PUBLIC_PAGE_SIZE, type VerdictQuery } from '@/lib/schemas/verdict-query';

export interface PublicVerdictSummary {
  /** The claim's slug: the stable public id of a verdict. */
  slug: string;
  statement: string;
  claimText: string;
  speaker: string | null;
  speakerRole: string | null;
  rating: Rating;
  summary: string;
  publishedAt: Date;
  firstPublishedAt: Date;
  articleSlug: string;
  articleTitle: string;
  articleOutlet: string | null;
}

export interface VerdictPage {
  items: PublicVerdictSummary[];
  total: number;
  page: number;
  pageCount: number;
}

// A publication is what readers see when it is live and no later live publication of its claim exists.
export const LATEST_LIVE = Prisma.sql`p."withdrawnAt" IS NULL AND NOT EXISTS (
  SELECT 1 FROM "Publication" n
  WHERE n."claimId" = p."claimId" AND n."withdrawnAt" IS NULL AND (n."publishedAt", n.id) > (p."publishedAt", p.id)
)`;

type Row = PublicVerdictSummary & { total: number };

function filtersSql(query: Partial<VerdictQuery>, speakers?: string[]): Prisma.Sql[] {
  const where = [LATEST_LIVE];
  if (query.q)
    where.push(Prisma.sql`p."searchVector" @@ websearch_to_tsquery('english', ${query.q})`);
  if (query.rating) where.push(Prisma.sql`p.rating = ${query.rating}::"Rating"`);
  if (query.speaker)
    where.push(Prisma.sql`p.speaker ILIKE ${'%' + query.speaker.replace(/[\\%_]/g, '\\$&') + '%'}`);
  if (query.from) where.push(Prisma.sql`p."publishedAt" >= ${new Date(`${query.from}T00:00:00Z`)}`);
  if (query.to)
    where.push(
      Prisma.sql`p."publishedAt" < ${new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000)}`,
    );
  if (speakers)
    where.push(Prisma.sql`p.speaker IN (${Prisma.join(speakers.length ? speakers : [''])})`);
  return where;
}

async function queryVerdicts(
  where: Prisma.Sql[],
  orderBy: Prisma.Sql,
  limit: number,
  offset: number,
): Promise<{ items: PublicVerdictSummary[]; total: number }> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT c.slug, p.statement, p."claimText", p.speaker, p."speakerRole", p.rating::text AS rating, p.summary, p."publishedAt",
      (SELECT min(f."publishedAt") FROM "Publication" f WHERE f."claimId" = p."claimId" AND f."withdrawnAt" IS NULL) AS "firstPublishedAt",
      a.slug AS "articleSlug", a.title AS "articleTitle", a.outlet AS "articleOutlet",
      count(*) OVER ()::int AS total
    FROM "Publication" p
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Article" a ON a.id = c."articleId"
    WHERE ${Prisma.join(where, ' AND ')}
    ORDER BY ${orderBy}
    LIMIT ${limit} OFFSET ${offset}`;
  // Past the last page there are no rows to carry the window count, so count separately.
  const total = rows[0]?.total ?? (offset > 0 ? await countVerdicts(where) : 0);
  return { items: rows.map(({ total: _total, ...item }) => item), total };
}

async function countVerdicts(where: Prisma.Sql[]): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total
    FROM "Publication" p
    JOIN "Claim" c ON c.id = p."claimId"
    JOIN "Article" a ON a.id = c."articleId"
    WHERE ${Prisma.join(where, ' AND ')}`;
  return row?.total ?? 0;
}

/** Published verdicts, newest first (best match first when searching), one page at a time. */
export async function listPublishedVerdicts(
  query: Partial<VerdictQuery> = {},
  pageSize = PUBLIC_PAGE_SIZE,
): Promise<VerdictPage> {
  const page = query.page ?? 1;
  const orderBy = query.q
    ? Prisma.sql`ts_rank(p."searchVector", websearch_to_tsquery('english', ${query.q})) DESC, p."publishedAt" DESC, p.id DESC`
    : Prisma.sql`p."publishedAt" DESC, p.id DESC`;
  const { items, total } = await queryVerdicts(
    filtersSql(query),
    orderBy,
    pageSize,
    (page - 1) * pageSize,
  );
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Every published verdict on any of these exact speaker names, newest first. */
export async function listVerdictsBySpeakers(
  names: string[],
  limit = 500,
): Promise<PublicVerdictSummary[]> {
  const { items } = await queryVerdicts(
    filtersSql({}, names),
    Prisma.sql`p."publishedAt" DESC, p.id DESC`,
    limit,
    0,
  );
  return items;
}

/** The distinct speaker names of published verdicts. */
export async function listPublishedSpeakers(): Promise<string[]> {
  const rows = await db.$queryRaw<{ speaker: string }[]>`
    SELECT DISTINCT p.speaker FROM "Publication" p WHERE ${LATEST_LIVE} AND p.speaker IS NOT NULL ORDER BY p.speaker`;
  return rows.map((row) => row.speaker);
}

/** The speakers with the most published verdicts, most first. */
export async function listMostCheckedSpeakers(
  limit = 10,
): Promise<{ name: string; count: number }[]> {
  return db.$queryRaw<{ name: string; count: number }[]>`
    SELECT p.speaker AS name, count(*)::int AS count FROM "Publication" p
    WHERE ${LATEST_LIVE} AND p.speaker IS NOT NULL
    GROUP BY p.speaker ORDER BY count DESC, p.speaker LIMIT ${limit}`;
}
