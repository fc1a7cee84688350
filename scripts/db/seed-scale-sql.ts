// The statements of the scale seed. Every pseudo-random choice is pg_temp.r(key, tag): a hash of the
// row number, a per-choice tag and the seed, so the same options give the same rows on any server.
import {
  BIG_ARTICLE_CLAIMS,
  SPEAKERS,
  planScale,
  stateBounds,
  type ScaleOptions,
} from './seed-scale-options';
import {
  TOPICS,
  GROUPS,
  POLICIES,
  CHANGES,
  DIRECTIONS,
  REGIONS,
  MONTHS,
  FIRST_NAMES,
  LAST_NAMES,
  ROLES,
  OUTLETS,
  list,
  SCALE_STAFF,
  DEMO_JOURNALIST,
  DEMO_EDITOR,
} from './seed-scale-vocabulary';

export interface ScaleStart {
  /** Scale claims and articles already there (an --append run numbers after them). */
  claimOffset: number;
  articleOffset: number;
}

export interface Step {
  label: string;
  sql: string;
}

/** Temporary functions and tables the other steps read; they vanish with the session. */
export function setupSteps(options: ScaleOptions): Step[] {
  const staff = SCALE_STAFF.map(
    (s) => `('${s.email}', '${s.name}', '${s.role}'::"Role", ${s.role === 'EDITOR' ? 1 : 0})`,
  ).join(',\n  ');
  return [
    {
      label: 'helper functions',
      sql: `
CREATE FUNCTION pg_temp.r(k bigint, tag int) RETURNS float8 LANGUAGE sql IMMUTABLE AS
$$ SELECT (hashint8extended(k * 1021 + tag, ${options.seed}) & 2147483647)::float8 / 2147483648.0 $$;
CREATE FUNCTION pg_temp.pick(arr text[], x float8) RETURNS text LANGUAGE sql IMMUTABLE AS
$$ SELECT arr[1 + floor(x * array_length(arr, 1))::int] $$;`,
    },
    {
      label: 'newsroom staff',
      sql: `
INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt")
SELECT 'su_' || md5(s.email), s.email, s.name, s.role, demo."passwordHash", now()
FROM (VALUES
  ${staff}
) AS s(email, name, role, editor)
CROSS JOIN (SELECT "passwordHash" FROM "User" WHERE email = '${DEMO_JOURNALIST}') demo
ON CONFLICT (email) DO NOTHING;
-- Journalists and editors numbered from 0, the demo user of each role first.
CREATE TEMP TABLE seed_staff AS
SELECT (row_number() OVER (PARTITION BY role ORDER BY email NOT IN ('${DEMO_JOURNALIST}', '${DEMO_EDITOR}'), email) - 1)::int AS n,
       id, name, role
FROM "User"
WHERE role IN ('JOURNALIST', 'EDITOR')
  AND (email IN ('${DEMO_JOURNALIST}', '${DEMO_EDITOR}') OR email LIKE 'scale-%@factdesk.test');
CREATE UNIQUE INDEX ON seed_staff (role, n);`,
    },
    {
      label: 'speakers',
      sql: `
CREATE TEMP TABLE seed_speaker AS
SELECT k, (${FIRST_NAMES})[1 + k % 25] || ' ' || (${LAST_NAMES})[1 + (k / 25) % 40] AS name,
       (${ROLES})[1 + k % 10] AS role
FROM generate_series(0, ${SPEAKERS - 1}) AS k;
CREATE UNIQUE INDEX ON seed_speaker (k);`,
    },
  ];
}

function stateCase(publishedShare: number): string {
  const bounds = stateBounds(publishedShare);
  const whens = bounds
    .slice(0, -1)
    .map((b) => `WHEN x < ${b.upTo} THEN '${b.state}'`)
    .join(' ');
  return `CASE ${whens} ELSE '${bounds[bounds.length - 1].state}' END`;
}

/**
 * One row per claim to make, with its text, the sentence around it, its article and offsets, its
 * state and people; the inserts below copy from it.
 */
export function claimPlanStep(options: ScaleOptions, start: ScaleStart): Step {
  const { claims, publishedShare } = options;
  const { articles, bigArticles, bigArticleClaims } = planScale(claims);
  const first = start.claimOffset;
  const anchor = options.anchor.toISOString().slice(0, 10);
  const ordinary = claims - bigArticleClaims;
  return {
    label: `plan ${claims.toLocaleString('en')} claims in ${articles.toLocaleString('en')} articles`,
    sql: `
CREATE TEMP TABLE seed_claim AS
WITH base AS (
  SELECT i,
    ${start.articleOffset} + CASE WHEN i - ${first} < ${bigArticleClaims}
      THEN (i - ${first}) / ${BIG_ARTICLE_CLAIMS}
      ELSE ${bigArticles} + ((i - ${first} - ${bigArticleClaims}) * ${articles - bigArticles}) / ${Math.max(ordinary, 1)}
    END AS a,
    CASE WHEN pg_temp.r(i, 2) < 0.08 THEN NULL ELSE floor(${SPEAKERS} * pg_temp.r(i, 3) ^ 2)::int END AS sk,
    pg_temp.pick(${TOPICS}, pg_temp.r(i, 4)) AS topic,
    floor(pg_temp.r(i, 5) * 7)::int AS template,
    ${stateCase(publishedShare)} AS state_name,
    pg_temp.r(i, 10) AS who
  FROM generate_series(${first}::bigint, ${first + claims - 1}::bigint) AS i,
       LATERAL (SELECT pg_temp.r(i, 1) AS x) AS draw
), texts AS (
  SELECT b.*, sp.name AS speaker, sp.role AS speaker_role,
    CASE b.template
      WHEN 0 THEN format('%s %s to %s.%s percent in %s', b.topic, pg_temp.pick(${DIRECTIONS}, pg_temp.r(i, 6)), 1 + floor(pg_temp.r(i, 7) * 19), floor(pg_temp.r(i, 8) * 10), pg_temp.pick(${MONTHS}, pg_temp.r(i, 9)))
      WHEN 1 THEN format('the government spent %s billion on %s last year', 2 + floor(pg_temp.r(i, 7) * 88), b.topic)
      WHEN 2 THEN format('%s percent of %s support the %s', 5 + floor(pg_temp.r(i, 7) * 90), pg_temp.pick(${GROUPS}, pg_temp.r(i, 6)), pg_temp.pick(${POLICIES}, pg_temp.r(i, 8)))
      WHEN 3 THEN format('%s has %s since %s', b.topic, pg_temp.pick(${CHANGES}, pg_temp.r(i, 6)), 2005 + floor(pg_temp.r(i, 7) * 20))
      WHEN 4 THEN format('more than %s,000 %s were affected by %s in %s', 2 + floor(pg_temp.r(i, 7) * 248), pg_temp.pick(${GROUPS}, pg_temp.r(i, 6)), b.topic, 2005 + floor(pg_temp.r(i, 8) * 20))
      WHEN 5 THEN format('%s has the highest %s in the country', pg_temp.pick(${REGIONS}, pg_temp.r(i, 6)), b.topic)
      ELSE format('%s in %s is the lowest it has been since %s', b.topic, pg_temp.pick(${REGIONS}, pg_temp.r(i, 6)), 2005 + floor(pg_temp.r(i, 7) * 20))
    END AS text
  FROM base b LEFT JOIN seed_speaker sp ON sp.k = b.sk
), capitalised AS (
  -- A claim without a speaker is a whole sentence of its own, so it starts with a capital.
  SELECT t.i, t.a, t.topic, t.template, t.state_name, t.who, t.speaker, t.speaker_role,
    CASE WHEN t.speaker IS NULL THEN upper(left(t.text, 1)) || substr(t.text, 2) ELSE t.text END AS text
  FROM texts t
), sentences AS (
  SELECT t.*,
    CASE WHEN t.speaker IS NULL THEN t.text ELSE t.speaker || ' said ' || t.text END || '.' AS sentence,
    CASE WHEN t.speaker IS NULL THEN 0 ELSE length(t.speaker) + 6 END AS lead
  FROM capitalised t
), placed AS (
  SELECT s.*,
    (row_number() OVER w - 1)::int AS pos,
    (coalesce(sum(length(s.sentence) + 1) OVER w, 0) - length(s.sentence) - 1)::int AS sentence_start
  FROM sentences s
  WINDOW w AS (PARTITION BY s.a ORDER BY s.i ROWS UNBOUNDED PRECEDING)
)
SELECT p.i, p.a, p.pos, p.topic, p.template, p.speaker, p.speaker_role, p.text, p.sentence,
  p.state_name::"ClaimState" AS state,
  p.sentence_start, p.sentence_start + p.lead AS start,
  -- An article appears in the year before the anchor; its claims are extracted right after.
  timestamptz '${anchor}' - interval '365 days' * pg_temp.r(p.a, 51) + interval '1 second' * p.pos AS created_at,
  pg_temp.r(p.i, 20) AS age,
  -- Assignees: the demo journalist and editor get a noticeable share (their "My work" is long).
  CASE WHEN p.state_name = 'EXTRACTED' AND pg_temp.r(p.i, 13) > 0.2 THEN NULL
       WHEN p.state_name = 'DISMISSED' AND pg_temp.r(p.i, 13) > 0.3 THEN NULL
       WHEN p.who < 0.05 THEN (SELECT id FROM seed_staff WHERE role = 'JOURNALIST' AND n = 0)
       WHEN p.who < 0.07 THEN (SELECT id FROM seed_staff WHERE role = 'EDITOR' AND n = 0)
       ELSE j.id END AS assignee_id,
  j.id AS author_id, j.name AS author_name, e.id AS editor_id, e.name AS editor_name,
  (${list(['FALSE', 'FALSE', 'FALSE', 'MOSTLY_FALSE', 'MOSTLY_FALSE', 'MIXED', 'MIXED', 'MOSTLY_TRUE', 'MOSTLY_TRUE', 'TRUE', 'TRUE', 'MISLEADING', 'MISLEADING', 'UNPROVEN'])})[1 + floor(pg_temp.r(p.i, 14) * 14)::int] AS rating,
  -- Published verdicts: a few corrected (two publications), a few withdrawn and back in verifying.
  p.state_name = 'PUBLISHED' AND pg_temp.r(p.i, 30) < 0.03 AS corrected,
  p.state_name = 'VERIFYING' AND pg_temp.r(p.i, 31) < 0.02 AS withdrawn
FROM placed p
JOIN seed_staff j ON j.role = 'JOURNALIST' AND j.n = floor(pg_temp.r(p.i, 11) * (SELECT count(*) FROM seed_staff WHERE role = 'JOURNALIST'))::int
JOIN seed_staff e ON e.role = 'EDITOR' AND e.n = floor(pg_temp.r(p.i, 12) * (SELECT count(*) FROM seed_staff WHERE role = 'EDITOR'))::int;
CREATE UNIQUE INDEX ON seed_claim (i);
ANALYZE seed_claim;`,
  };
}

export function articleStep(options: ScaleOptions): Step {
  return {
    label: 'articles',
    sql: `
INSERT INTO "Article" (id, slug, title, outlet, byline, url, "publishedAt", body, "createdById", "createdAt", "updatedAt")
SELECT 'sa_' || lpad(a::text, 8, '0'),
  'scale-' || regexp_replace(topic, '[^a-z]+', '-', 'g') || '-' || a,
  format('%s: what the figures on %s say (%s)', outlet, topic, a),
  outlet, 'Scale desk', 'https://news.example.org/scale/' || a, created_at, body,
  (SELECT id FROM seed_staff WHERE role = 'JOURNALIST' AND n = 0), created_at, created_at
FROM (
  SELECT a, min(created_at) AS created_at, string_agg(sentence, ' ' ORDER BY i) AS body,
    pg_temp.pick(${TOPICS}, pg_temp.r(a, 52)) AS topic, pg_temp.pick(${OUTLETS}, pg_temp.r(a, 53)) AS outlet
  FROM seed_claim GROUP BY a
) AS articles;
-- seed ${options.seed}`,
  };
}

/**
 * Columns other work derives from the rows above (e.g. a claim's latest live publication): one
 * UPDATE each, run after everything else is in. Add the statement here when the column lands.
 */
export const DERIVED_COLUMN_STEPS: Step[] = [];

/**
 * After the commit (VACUUM cannot run in a transaction): statistics for the planner, and the
 * visibility map that lets the lists' capped counts read indexes only, as autovacuum would later.
 */
export const VACUUM_STEP: Step = {
  label: 'vacuum analyze',
  sql: 'VACUUM (ANALYZE) "User", "Article", "Claim", "Source", "Review", "Publication", "AuditEvent";',
};
