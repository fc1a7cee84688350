import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { extractNumbers } from './numbers';
import { pairQuery, rarestLexemes, type QueryLexeme } from './lexeme-query';
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

const PER_PATH = 25;

/** The claim's lexemes (English stemming, no stop words), each with how common it is among claims. */
export async function lexemesOf(client: Client, text: string): Promise<QueryLexeme[]> {
  return client.$queryRaw<QueryLexeme[]>`
    SELECT q.lexeme, s.frequency::float8 AS frequency
      FROM unnest(tsvector_to_array(to_tsvector('english', ${text}))) AS q(lexeme)
      LEFT JOIN (
        SELECT u.lexeme, u.frequency
          FROM pg_stats p,
               unnest(p.most_common_elems::text::text[], p.most_common_elem_freqs) AS u(lexeme, frequency)
         WHERE p.schemaname = current_schema() AND p.tablename = 'Claim' AND p.attname = 'matchVector'
      ) s USING (lexeme)`;
}

/** The bounded candidate queries (exported so the benchmark can EXPLAIN exactly these). */
export function candidateQueries(query: MatchQuery, lexemes: readonly QueryLexeme[]): Prisma.Sql[] {
  const tsquery = pairQuery(rarestLexemes(lexemes));
  if (!tsquery) return [];
  return [
    Prisma.sql`SELECT c.id, c.text, c.speaker, similarity(c.text, ${query.text})::float8 AS trigram,
           tsvector_to_array(c."matchVector") AS lexemes
      FROM "Claim" c
     WHERE c."matchVector" @@ ${tsquery}::tsquery AND c."articleId" <> ${query.articleId}
     ORDER BY ts_rank(c."matchVector", ${tsquery}::tsquery) DESC
     LIMIT ${PER_PATH}`,
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
  const lexemes = await lexemesOf(client, query.text);
  const rows: Row[] = [];
  // Sequential: inside a transaction the client is one connection.
  for (const sql of candidateQueries(query, lexemes))
    rows.push(...(await client.$queryRaw<Row[]>(sql)));

  const self = {
    text: query.text,
    speaker: query.speaker,
    numbers: extractNumbers(query.text),
    lexemes: lexemes.map((l) => l.lexeme),
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
