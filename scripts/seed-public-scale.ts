// Published verdicts at scale for the public site's benchmarks (issue 14 §3):
//   DATABASE_URL=... npm run db:seed:public-scale -- --verdicts 50000
// Pure SQL, reproducible (setseed): ~verdicts/10 articles, 500 speakers with a skewed share (the
// busiest speaker has a few thousand verdicts), every rating, 5% corrected once, 1% withdrawn.
// Needs the demo users (npm run db:seed); adds rows beside existing data, tagged "scale-" in slugs.
import { Client } from 'pg';

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

const VERDICTS = arg('verdicts', 50_000);
const SPEAKERS = arg('speakers', 500);
const ARTICLES = Math.max(1, Math.round(VERDICTS / 10));

// Words for claims and summaries (each claim takes a few; "percent" lands in about one in eight).
const WORDS = `unemployment inflation percent budget deficit taxes schools hospitals crime police
  housing rents wages pensions energy prices climate emissions migration borders trade exports
  farmers roads trains doctors nurses students debt growth jobs factories wind solar water`
  .split(/\s+/)
  .filter(Boolean);

async function main(): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const started = Date.now();
  try {
    const [{ id: userId } = { id: null }] = (
      await client.query<{ id: string }>(`SELECT id FROM "User" ORDER BY "createdAt" LIMIT 1`)
    ).rows;
    if (!userId) throw new Error('No user: run npm run db:seed first.');
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.14)');
    await client.query(
      `CREATE TEMP TABLE words AS SELECT row_number() OVER () - 1 AS n, w FROM unnest($1::text[]) w`,
      [WORDS],
    );
    await client.query(
      `INSERT INTO "Article" (id, slug, title, outlet, byline, url, "publishedAt", body, "createdById", "createdAt", "updatedAt")
       SELECT 'scale-a' || g, 'scale-article-' || g, 'Scale article ' || g, 'Outlet ' || (g % 40), 'Reporter ' || (g % 90),
         'https://example.org/scale/' || g, timestamp '2020-01-01' + g * interval '4 hours',
         repeat('Padding sentence for the article body. ', 20), $1, now(), now()
       FROM generate_series(1, $2::int) g`,
      [userId, ARTICLES],
    );
    // Speaker k (1-based) gets a share proportional to 1/k (Zipf): floor of SPEAKERS^u is skewed that way.
    await client.query(
      `CREATE TEMP TABLE gen AS
       SELECT g, 'scale-c' || g AS id,
         'Speaker ' || lpad(floor(power($2::float8, random()))::int::text, 3, '0') AS speaker,
         (SELECT array_agg(key ORDER BY position) FROM "RatingScaleEntry")[1 + floor(random() * 7)::int] AS rating,
         (SELECT string_agg(w, ' ') FROM words WHERE n IN (floor(random() * 34)::int, floor(random() * 34)::int, floor(random() * 34)::int, g % 34)) AS topic,
         'scale-a' || (1 + (g - 1) % $3::int) AS article,
         timestamp '2020-01-01' + g * interval '50 minutes' AS published
       FROM generate_series(1, $1::int) g`,
      [VERDICTS, SPEAKERS, ARTICLES],
    );
    await client.query(
      `INSERT INTO "Claim" (id, slug, "articleId", text, statement, start, "end", "sentenceStart", "sentenceEnd",
         speaker, state, rating, summary, explanation, "createdAt", "updatedAt")
       SELECT id, 'scale-claim-' || g, article, 'The ' || topic || ' figure is ' || g, speaker || ' said the ' || topic || ' figure is ' || g,
         0, 10, 0, 40, speaker, 'PUBLISHED', rating, 'Checked: ' || topic, 'Explanation ' || g, published, published
       FROM gen`,
    );
    const publication = (extra: string, where: string) =>
      client.query(
        `INSERT INTO "Publication" (id, "claimId", "claimText", statement, "claimStart", "claimEnd", "sentenceStart", "sentenceEnd",
           speaker, rating, "ratingName", "ratingValue", "ratingBest", "ratingWorst", summary, explanation, sources, "checkedBy", "approvedBy", "publishedById", "publishedAt",
           "correctionNote", "correctedBy", "withdrawnAt")
         SELECT id || ${extra}, id, 'The ' || topic || ' figure is ' || g, speaker || ' said the ' || topic || ' figure is ' || g,
           0, 10, 0, 40, speaker, rating, r.name, r."ratingValue", CASE WHEN r."ratingValue" IS NOT NULL THEN 5 END, CASE WHEN r."ratingValue" IS NOT NULL THEN 1 END, 'Checked: ' || topic, 'Explanation ' || g, '[]'::jsonb, 'Checker', ARRAY['Editor'], $1,
           published + ${extra === "''" ? "interval '0'" : "interval '3 days'"},
           ${extra === "''" ? 'NULL' : "'Corrected figure'"}, ${extra === "''" ? "'{}'" : "ARRAY['Checker']"},
           CASE WHEN g % 100 = 7 THEN published + interval '5 days' END
         FROM gen JOIN "RatingScaleEntry" r ON r.key = gen.rating WHERE ${where}`,
        [userId],
      );
    await publication("''", 'TRUE');
    await publication("'-fix'", 'g % 20 = 3');
    await client.query('COMMIT');
    await client.query('VACUUM ANALYZE "Publication"');
    await client.query('VACUUM ANALYZE "Claim"');
    await client.query('VACUUM ANALYZE "Article"');
    await client.query('VACUUM ANALYZE "PublicVerdictCount"');
    const { rows } = await client.query<{ live: number; busiest: number }>(
      `SELECT (SELECT sum(count)::int FROM "PublicVerdictCount") AS live,
         (SELECT max(c)::int FROM (SELECT sum(count) c FROM "PublicVerdictCount" GROUP BY speaker) s) AS busiest`,
    );
    console.log(
      `added ${VERDICTS} claims, ${ARTICLES} articles; live verdicts now ${rows[0].live}, busiest speaker ${rows[0].busiest}; ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
