import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { extractNumbers } from './numbers';
import { selectPairs, tsqueryOf, type LexemeStats, type QueryLexeme } from './lexeme-query';
import { MATCH_THRESHOLD, matchFeatures, matchScore, type MatchFeatures } from './score';

type Client = Pick<Prisma.TransactionClient, '$queryRaw'>;

export interface MatchQuery {
  text: string;
  speaker: string | null;
  /** Claims of this article are the claim's siblings, never "seen before". */
  articleId: string;
}

export interface MatchCandidate {
  earlierClaimId: string;
  score: number;
  features: MatchFeatures;
}

interface Row {
  id: string;
  text: string;
  speaker: string | null;
  trigram: number;
  lexemes: string[];
}

// The best candidates by ts_rank that are scored, among at most READ_CAP rows read from the heap.
const CANDIDATES = 25;
const READ_CAP = 400;

export interface ClaimLexemes {
  lexemes: QueryLexeme[];
  stats: LexemeStats;
}

/**
 * The claim's lexemes (English stemming, no stop words), each with how common it is among claims,
 * from the planner's statistics on "matchVector" (refreshed by autovacuum's ANALYZE).
 */
export async function lexemesOf(client: Client, text: string): Promise<ClaimLexemes> {
  const rows = await client.$queryRaw<(QueryLexeme & LexemeStats)[]>`
    WITH stats AS (
      SELECT p.most_common_elems::text::text[] AS elems, p.most_common_elem_freqs AS freqs
        FROM pg_stats p
       WHERE p.schemaname = current_schema() AND p.tablename = 'Claim' AND p.attname = 'matchVector'
    )
    SELECT q.lexeme,
           (SELECT u.frequency FROM stats, unnest(stats.elems, stats.freqs) AS u(lexeme, frequency)
             WHERE u.lexeme = q.lexeme)::float8 AS frequency,
           -- most_common_elem_freqs ends with the minimum, maximum and null frequencies.
           (SELECT freqs[array_length(freqs, 1) - 2] FROM stats)::float8 AS floor,
           (SELECT nullif(greatest(reltuples, 0), 0) FROM pg_class WHERE oid = '"Claim"'::regclass)::float8 AS claims
      FROM unnest(tsvector_to_array(to_tsvector('english', ${text}))) AS q(lexeme)`;
  return {
    lexemes: rows.map(({ lexeme, frequency }) => ({ lexeme, frequency })),
    stats: { claims: rows[0]?.claims ?? null, floor: rows[0]?.floor ?? null },
  };
}

/** The bounded candidate queries (exported so the benchmark can EXPLAIN exactly these). */
export function candidateQueries(
  query: MatchQuery,
  { lexemes, stats }: ClaimLexemes,
): Prisma.Sql[] {
  const tsquery = tsqueryOf(selectPairs(lexemes, stats));
  if (!tsquery) return [];
  // The inner LIMIT bounds the heap rows read and ranked when the pairs' estimate was wrong
  // (words that come together, as "super PAC"): a claim repeated that often is any of its copies.
  return [
    Prisma.sql`SELECT c.id, c.text, c.speaker, similarity(c.text, ${query.text})::float8 AS trigram,
           tsvector_to_array(c."matchVector") AS lexemes
      FROM (SELECT id, text, speaker, "matchVector"
              FROM "Claim"
             WHERE "matchVector" @@ ${tsquery}::tsquery AND "articleId" <> ${query.articleId}
             LIMIT ${READ_CAP}) AS c
     ORDER BY ts_rank(c."matchVector", ${tsquery}::tsquery) DESC
     LIMIT ${CANDIDATES}`,
  ];
}

/**
 * Earlier claims (other articles) that say the same thing, best first, scoring at least `minScore`.
 */
export async function findMatches(
  client: Client,
  query: MatchQuery,
  { limit = 5, minScore = MATCH_THRESHOLD }: { limit?: number; minScore?: number } = {},
): Promise<MatchCandidate[]> {
  const claimLexemes = await lexemesOf(client, query.text);
  const rows: Row[] = [];
  for (const sql of candidateQueries(query, claimLexemes))
    rows.push(...(await client.$queryRaw<Row[]>(sql)));

  const self = {
    text: query.text,
    speaker: query.speaker,
    numbers: extractNumbers(query.text),
    lexemes: claimLexemes.lexemes.map((l) => l.lexeme),
  };
  const seen = new Set<string>();
  const candidates: MatchCandidate[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const other = { ...row, numbers: extractNumbers(row.text), lexemes: row.lexemes ?? [] };
    const features = matchFeatures(self, other, Number(row.trigram));
    const score = matchScore(features);
    if (score >= minScore) candidates.push({ earlierClaimId: row.id, score, features });
  }
  return candidates.sort((a, b) => b.score - a.score).slice(0, limit);
}
