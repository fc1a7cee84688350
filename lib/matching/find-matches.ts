import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { extractNumbers } from './numbers';
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

// Each retrieval path is bounded and served by an index: trigram (GIN gin_trgm_ops, `%` at
// TRIGRAM_THRESHOLD) catches near-identical wording, full-text (GIN on
// "matchVector") catches reworded claims sharing two content words. Scoring then sees at most 2×.
const PER_PATH = 25;
// At pg_trgm's default 0.3, long claims share that many common trigrams ("the", "ion") with tens of
// thousands of rows at 100k claims, each rechecked; reworded claims are the full-text path's job.
const TRIGRAM_THRESHOLD = 0.5;
// Longer lexemes are rarer; a query of all pairs of the longest few keeps the full-text path selective.
const QUERY_LEXEMES = 8;

const quote = (lexeme: string) => `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** "(a & b) | (a & c) | …" over the longest lexemes: a candidate shares at least two content words. */
export function pairQuery(lexemes: readonly string[]): string | null {
  const words = [...new Set(lexemes)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .slice(0, QUERY_LEXEMES);
  if (words.length === 0) return null;
  if (words.length === 1) return quote(words[0]);
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j < words.length; j++)
      pairs.push(`(${quote(words[i])} & ${quote(words[j])})`);
  return pairs.join(' | ');
}

async function lexemesOf(client: Client, text: string): Promise<string[]> {
  const [row] = await client.$queryRaw<{ lexemes: string[] }[]>`
    SELECT tsvector_to_array(to_tsvector('english', ${text})) AS lexemes`;
  return row?.lexemes ?? [];
}

/** Sets `%`'s threshold for the current transaction only (is_local), so no other session sees it. */
export async function setTrigramThreshold(client: Client): Promise<void> {
  await client.$queryRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(TRIGRAM_THRESHOLD)}, true)`;
}

/** The two bounded candidate queries (exported so the benchmark can EXPLAIN exactly these). */
export function candidateQueries(query: MatchQuery, lexemes: readonly string[]): Prisma.Sql[] {
  const columns = Prisma.sql`c.id, c.text, c.speaker, similarity(c.text, ${query.text})::float8 AS trigram,
           tsvector_to_array(c."matchVector") AS lexemes`;
  const queries = [
    Prisma.sql`SELECT ${columns}
      FROM "Claim" c
     WHERE c.text % ${query.text} AND c."articleId" <> ${query.articleId}
     ORDER BY trigram DESC
     LIMIT ${PER_PATH}`,
  ];
  const tsquery = pairQuery(lexemes);
  if (tsquery)
    queries.push(Prisma.sql`SELECT ${columns}
      FROM "Claim" c
     WHERE c."matchVector" @@ ${tsquery}::tsquery AND c."articleId" <> ${query.articleId}
     ORDER BY ts_rank(c."matchVector", ${tsquery}::tsquery) DESC
     LIMIT ${PER_PATH}`);
  return queries;
}

/**
 * Earlier claims (other articles) that say the same thing, best first, scoring at least `minScore`.
 * Run it in a transaction: the trigram threshold is set for the transaction only.
 */
export async function findMatches(
  client: Client,
  query: MatchQuery,
  { limit = 5, minScore = MATCH_THRESHOLD }: { limit?: number; minScore?: number } = {},
): Promise<MatchCandidate[]> {
  const lexemes = await lexemesOf(client, query.text);
  await setTrigramThreshold(client);
  const rows: Row[] = [];
  // Sequential: inside a transaction the client is one connection.
  for (const sql of candidateQueries(query, lexemes))
    rows.push(...(await client.$queryRaw<Row[]>(sql)));

  const self = {
    text: query.text,
    speaker: query.speaker,
    numbers: extractNumbers(query.text),
    lexemes,
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
