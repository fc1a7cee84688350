// The candidate queries claim matching ran before it chose words by rarity (commit 5b843e4), kept
// so bench:matching times them beside the current ones in the same run on the same data.
import { Prisma } from '@/lib/generated/prisma/client';
import type { Db } from '@/lib/prisma-client';
import { pairQuery } from '@/lib/matching/lexeme-query';

const PER_PATH = 25;

/** Trigram `%` at 0.5 (GIN gin_trgm_ops) and pairs of the 8 longest lexemes (GIN on "matchVector"). */
export async function baselineCandidates(db: Db, text: string, articleId: string) {
  return db.$transaction(
    async (tx) => {
      const [{ lexemes }] = await tx.$queryRaw<{ lexemes: string[] }[]>`
      SELECT tsvector_to_array(to_tsvector('english', ${text})) AS lexemes`;
      await tx.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', '0.5', true)`;
      const longest = [...lexemes]
        .sort((a, b) => b.length - a.length || a.localeCompare(b))
        .slice(0, 8);
      const columns = Prisma.sql`c.id, c.text, c.speaker, similarity(c.text, ${text})::float8 AS trigram,
           tsvector_to_array(c."matchVector") AS lexemes`;
      const rows = await tx.$queryRaw<{ id: string }[]>`SELECT ${columns} FROM "Claim" c
      WHERE c.text % ${text} AND c."articleId" <> ${articleId} ORDER BY trigram DESC LIMIT ${PER_PATH}`;
      const tsquery = pairQuery(longest);
      if (tsquery)
        rows.push(
          ...(await tx.$queryRaw<{ id: string }[]>`SELECT ${columns} FROM "Claim" c
          WHERE c."matchVector" @@ ${tsquery}::tsquery AND c."articleId" <> ${articleId}
          ORDER BY ts_rank(c."matchVector", ${tsquery}::tsquery) DESC LIMIT ${PER_PATH}`),
        );
      return rows;
    },
    { timeout: 120_000 },
  );
}
