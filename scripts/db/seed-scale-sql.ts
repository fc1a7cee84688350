// The statements of the scale seed. Every pseudo-random choice is pg_temp.r(key, tag): a hash of the
// row number, a per-choice tag and the seed, so the same options give the same rows on any server.
import {
  BIG_ARTICLE_CLAIMS,
  SPEAKERS,
  planScale,
  stateBounds,
  type ScaleOptions,
} from './seed-scale-options';

export interface ScaleStart {
  /** Scale claims and articles already there (an --append run numbers after them). */
  claimOffset: number;
  articleOffset: number;
}

export interface Step {
  label: string;
  sql: string;
}

const list = (items: string[]) =>
  `ARRAY[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(',')}]`;

const TOPICS = list([
  'unemployment',
  'inflation',
  'violent crime',
  'the budget deficit',
  'youth unemployment',
  'child poverty',
  'housing costs',
  'energy prices',
  'net migration',
  'the birth rate',
  'exports',
  'average wages',
  'rents',
  'hospital waiting times',
  'school funding',
  'carbon emissions',
  'public debt',
  'tax revenue',
  'fuel prices',
  'food prices',
  'homelessness',
  'broadband coverage',
  'bus ridership',
  'teacher vacancies',
]);
const GROUPS = list([
  'voters',
  'households',
  'small businesses',
  'nurses',
  'students',
  'pensioners',
  'farmers',
  'commuters',
]);
const POLICIES = list([
  'new tax plan',
  'pension reform',
  'rent cap',
  'fuel subsidy',
  'minimum wage rise',
  'school meals scheme',
  'speed limit change',
  'border checks',
]);
const CHANGES = list(['doubled', 'halved', 'tripled', 'fallen by a third', 'risen by a quarter']);
const DIRECTIONS = list(['rose', 'fell', 'climbed', 'dropped']);
const REGIONS = list([
  'the north',
  'the capital',
  'the coast',
  'the south-east',
  'rural areas',
  'the border region',
]);
const MONTHS = list([
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
const FIRST_NAMES = list(
  'Ana Ben Carla Dmytro Elif Farid Greta Hugo Ines Jonas Kemal Lena Marta Nikos Olga Pavel Rosa Samir Tomas Ulla Vera Wim Yara Zeno Aoife'.split(
    ' ',
  ),
);
const LAST_NAMES = list(
  'Adler Baptiste Costa Duarte Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski Larsen Moreau Novak Oliveira Petrov Quinn Rossi Santos Tanaka Ulrich Varga Weber Xu Yilmaz Zielinski Brandt Cruz Dahl Engel Fontaine Gallo Haas Ito Janssen Keller Lund Meyer Nagy Ortiz'.split(
    ' ',
  ),
);
const ROLES = list([
  'Prime Minister',
  'finance minister',
  'opposition leader',
  'mayor',
  'health minister',
  'MP',
  'union leader',
  'central bank governor',
  'senator',
  'business lobby chief',
]);
const OUTLETS = list([
  'Daily Ledger',
  'Evening Courier',
  'Metro Wire',
  'National Broadcaster',
  'Parliament Transcript',
  'Regional Post',
]);

/** Extra newsroom staff (password: the demo journalist's), so assignments spread over a desk. */
export const SCALE_STAFF: { email: string; name: string; role: 'JOURNALIST' | 'EDITOR' }[] = [
  ...Array.from({ length: 16 }, (_, n) => ({
    email: `scale-journalist-${String(n + 1).padStart(2, '0')}@factdesk.test`,
    name: `Scale Journalist ${String(n + 1).padStart(2, '0')}`,
    role: 'JOURNALIST' as const,
  })),
  ...Array.from({ length: 8 }, (_, n) => ({
    email: `scale-editor-${String(n + 1).padStart(2, '0')}@factdesk.test`,
    name: `Scale Editor ${String(n + 1).padStart(2, '0')}`,
    role: 'EDITOR' as const,
  })),
];

export const DEMO_JOURNALIST = 'journalist@factdesk.test';
export const DEMO_EDITOR = 'editor@factdesk.test';

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

const VERSION_OF = `CASE c.state WHEN 'EXTRACTED' THEN 1 WHEN 'SOURCING' THEN 2 WHEN 'DISMISSED' THEN 2
  WHEN 'VERIFYING' THEN CASE WHEN c.withdrawn THEN 10 ELSE 5 END WHEN 'IN_REVIEW' THEN 6 WHEN 'APPROVED' THEN 7
  ELSE CASE WHEN c.corrected THEN 12 ELSE 8 END END`;
const HAS_VERDICT = `c.state IN ('VERIFYING', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')`;
const SUMMARY = `format('The official figures on %s %s the claim.', c.topic,
  CASE WHEN c.rating IN ('TRUE', 'MOSTLY_TRUE') THEN 'support' WHEN c.rating = 'MIXED' THEN 'partly support' WHEN c.rating = 'UNPROVEN' THEN 'cannot settle' ELSE 'do not support' END)`;
const EXPLANATION = `format(E'We compared the claim with the latest statistics on %s and the underlying report.\\n\\nThe record gives a different picture in the years around the period the speaker named.', c.topic)`;

/** The claims with i in [from, to): one batch of the insert. */
export function claimBatchStep(from: number, to: number, anchor: Date): Step {
  const a = anchor.toISOString().slice(0, 10);
  return {
    label: `claims ${from.toLocaleString('en')}–${(to - 1).toLocaleString('en')}`,
    sql: `
INSERT INTO "Claim" (id, slug, "articleId", text, statement, start, "end", "sentenceStart", "sentenceEnd",
  speaker, "speakerRole", cue, attribution, kind, checkworthiness, checkworthy, state, "dismissReason",
  "assigneeId", "dueAt", priority, rating, summary, explanation, "verdictAuthorId", "reviewRound",
  version, "createdAt", "updatedAt")
SELECT 'sc_' || lpad(c.i::text, 9, '0'),
  btrim(regexp_replace(lower(left(c.text, 48)), '[^a-z0-9]+', '-', 'g'), '-') || '-s' || c.i,
  'sa_' || lpad(c.a::text, 8, '0'), c.text,
  coalesce(c.speaker || ' said ', '') || c.text,
  c.start, c.start + length(c.text), c.sentence_start, c.sentence_start + length(c.sentence),
  c.speaker, c.speaker_role, CASE WHEN c.speaker IS NULL THEN NULL ELSE 'said' END,
  (CASE WHEN c.speaker IS NULL THEN 'NONE' ELSE 'DIRECT' END)::"Attribution",
  (CASE c.template WHEN 2 THEN 'POSITION' WHEN 5 THEN 'OTHER' ELSE 'STATISTIC' END)::"ClaimKind",
  round(pg_temp.r(c.i, 21)::numeric, 3), pg_temp.r(c.i, 22) > 0.1, c.state,
  CASE WHEN c.state = 'DISMISSED' THEN (${list(['OPINION', 'NOT_CHECKABLE', 'DUPLICATE', 'NOT_CHECK_WORTHY'])})[1 + floor(pg_temp.r(c.i, 23) * 4)::int]::"DismissReason" END,
  c.assignee_id,
  CASE WHEN c.state IN ('SOURCING', 'VERIFYING', 'IN_REVIEW', 'APPROVED') AND pg_temp.r(c.i, 24) < 0.5
         OR c.state = 'EXTRACTED' AND pg_temp.r(c.i, 24) < 0.1
       THEN timestamptz '${a}' + interval '1 day' * floor(pg_temp.r(c.i, 25) * 60 - 30) + interval '17 hours' END,
  (CASE WHEN pg_temp.r(c.i, 26) < 0.15 THEN 'LOW' WHEN pg_temp.r(c.i, 26) < 0.8 THEN 'NORMAL' WHEN pg_temp.r(c.i, 26) < 0.95 THEN 'HIGH' ELSE 'URGENT' END)::"Priority",
  CASE WHEN ${HAS_VERDICT} THEN c.rating END,
  CASE WHEN ${HAS_VERDICT} THEN ${SUMMARY} END,
  CASE WHEN ${HAS_VERDICT} THEN ${EXPLANATION} END,
  CASE WHEN ${HAS_VERDICT} THEN c.author_id END,
  CASE WHEN c.withdrawn OR c.corrected THEN 1 ELSE 0 END,
  ${VERSION_OF}, c.created_at,
  c.created_at + (timestamptz '${a}' - c.created_at) * c.age
FROM seed_claim c
WHERE c.i >= ${from} AND c.i < ${to};`,
  };
}

/** Sources, reviews, publications and their audit events, as the workflow leaves them. */
export function evidenceSteps(anchor: Date): Step[] {
  const a = anchor.toISOString().slice(0, 10);
  const updated = `c.created_at + (timestamptz '${a}' - c.created_at) * c.age`;
  const source = `jsonb_build_object('url', 'https://data.example.org/' || regexp_replace(c.topic, '[^a-z]+', '-', 'g') || '/' || c.i,
    'title', 'Statistics office: ' || c.topic, 'kind', 'DATASET', 'stance', CASE WHEN c.rating IN ('TRUE', 'MOSTLY_TRUE') THEN 'SUPPORTS' ELSE 'CONTRADICTS' END,
    'note', NULL, 'accessedOn', to_char(c.created_at, 'YYYY-MM-DD'), 'archiveUrl', NULL)`;
  // Publications: the first one; a corrected claim has a later one too; a withdrawn claim's is withdrawn.
  const pubs = `
  SELECT c.*, 1 AS n, CASE WHEN c.corrected OR c.withdrawn THEN c.created_at + (${updated} - c.created_at) * 0.5 ELSE ${updated} END AS published_at
  FROM seed_claim c WHERE c.state = 'PUBLISHED' OR c.withdrawn
  UNION ALL
  SELECT c.*, 2, ${updated} FROM seed_claim c WHERE c.corrected`;
  return [
    {
      label: 'sources',
      sql: `
INSERT INTO "Source" (id, "claimId", url, title, kind, stance, "accessedOn", "addedById", "createdAt", "updatedAt")
SELECT 'ss_' || lpad(c.i::text, 9, '0'), 'sc_' || lpad(c.i::text, 9, '0'), s->>'url', s->>'title', 'DATASET',
  (s->>'stance')::"SourceStance", c.created_at::date, c.author_id, c.created_at, c.created_at
FROM seed_claim c, LATERAL (SELECT ${source} AS s) src
WHERE ${HAS_VERDICT};`,
    },
    {
      label: 'reviews',
      sql: `
INSERT INTO "Review" (id, "claimId", "reviewerId", round, decision, "createdAt")
SELECT 'sr_' || lpad(c.i::text, 9, '0'), 'sc_' || lpad(c.i::text, 9, '0'), c.editor_id,
  CASE WHEN c.corrected THEN 1 ELSE 0 END, 'APPROVE', ${updated}
FROM seed_claim c WHERE c.state IN ('APPROVED', 'PUBLISHED');`,
    },
    {
      label: 'publications',
      sql: `
INSERT INTO "Publication" (id, "claimId", "claimText", statement, "claimStart", "claimEnd", "sentenceStart", "sentenceEnd",
  speaker, "speakerRole", rating, "ratingName", "ratingValue", "ratingBest", "ratingWorst", summary, explanation, sources, "checkedBy", "approvedBy", "correctedBy",
  "correctionNote", "publishedById", "publishedAt", "withdrawnAt")
SELECT 'sp_' || lpad(c.i::text, 9, '0') || '_' || c.n, cl.id, cl.text, cl.statement, cl.start, cl."end", cl."sentenceStart", cl."sentenceEnd",
  cl.speaker, cl."speakerRole", c.rating, r.name, r."ratingValue", CASE WHEN r."ratingValue" IS NOT NULL THEN 5 END, CASE WHEN r."ratingValue" IS NOT NULL THEN 1 END, ${SUMMARY}, ${EXPLANATION}, jsonb_build_array(${source}),
  c.author_name, ARRAY[c.editor_name], CASE WHEN c.n = 2 THEN ARRAY[c.author_name] ELSE ARRAY[]::text[] END,
  CASE WHEN c.n = 2 THEN 'We corrected the year of the comparison.' END,
  c.editor_id, c.published_at, CASE WHEN c.withdrawn THEN ${updated} END
FROM (${pubs}) c JOIN "Claim" cl ON cl.id = 'sc_' || lpad(c.i::text, 9, '0')
  JOIN "RatingScaleEntry" r ON r.key = c.rating;`,
    },
    {
      label: 'audit events',
      // The analytics trigger counts one event at a time into ClaimStateChangeCount; a few hundred
      // thousand upserts of the same (day, state change) rows in one transaction each walk that
      // row's every version so far, and the step took over 15 minutes at 1M claims. So the events
      // go in with the trigger off and are counted below in one pass each, with the migration's
      // backfill (20261130181213_analytics_summary) restricted to the claims seeded now.
      sql: `
ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_analytics";
INSERT INTO "AuditEvent" (at, "actorId", entity, "entityId", action, before, after)
SELECT c.published_at, c.editor_id, 'claim', 'sc_' || lpad(c.i::text, 9, '0'), 'claim.publish',
  jsonb_build_object('state', 'APPROVED', 'version', v - 1),
  jsonb_build_object('state', 'PUBLISHED', 'version', v, 'publicationId', 'sp_' || lpad(c.i::text, 9, '0') || '_' || c.n)
FROM (${pubs}) c, LATERAL (SELECT CASE WHEN c.n = 2 THEN 12 ELSE 8 END AS v) AS ver
UNION ALL
SELECT ${updated}, c.editor_id, 'claim', 'sc_' || lpad(c.i::text, 9, '0'), 'claim.withdraw',
  jsonb_build_object('state', 'PUBLISHED', 'version', 8), jsonb_build_object('state', 'VERIFYING', 'version', 9)
FROM seed_claim c WHERE c.withdrawn
-- Submission for review and approval, a third and two fifths of the way to the last update
-- (before the first publication), for the analytics' submission-to-approval times.
UNION ALL
SELECT c.created_at + (${updated} - c.created_at) * 0.3, c.author_id, 'claim', 'sc_' || lpad(c.i::text, 9, '0'),
  'claim.submit_for_review', jsonb_build_object('state', 'VERIFYING', 'version', 5),
  jsonb_build_object('state', 'IN_REVIEW', 'version', 6)
FROM seed_claim c WHERE c.state IN ('IN_REVIEW', 'APPROVED', 'PUBLISHED')
UNION ALL
SELECT c.created_at + (${updated} - c.created_at) * 0.4, c.editor_id, 'claim', 'sc_' || lpad(c.i::text, 9, '0'),
  'claim.approve', jsonb_build_object('state', 'IN_REVIEW', 'version', 6),
  jsonb_build_object('state', 'APPROVED', 'version', 7)
FROM seed_claim c WHERE c.state IN ('APPROVED', 'PUBLISHED');
ALTER TABLE "AuditEvent" ENABLE TRIGGER "AuditEvent_analytics";
-- Without statistics on the rows just added, the planner finds each approval's submission by
-- walking the (entity, action, at) index back over every submission: minutes at 1M claims.
ANALYZE "AuditEvent";

INSERT INTO "ClaimApproval" ("eventId", "claimId", "approvedAt", "submittedAt", "assigneeId", outlet)
SELECT e.id, c.id, e.at,
  (SELECT max(s.at) FROM "AuditEvent" s WHERE s.entity = 'claim' AND s."entityId" = e."entityId"
    AND s.action = 'claim.submit_for_review' AND s.at <= e.at),
  c."assigneeId", a.outlet
FROM "AuditEvent" e JOIN seed_claim sc ON e."entityId" = 'sc_' || lpad(sc.i::text, 9, '0')
  JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId"
WHERE e.entity = 'claim' AND e.action = 'claim.approve';

INSERT INTO "ClaimStateChangeCount" AS t (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState", count)
SELECT g, CASE WHEN g >= 2 THEN coalesce(c."assigneeId", '') ELSE '' END,
  CASE WHEN g IN (1, 3) THEN coalesce(a.outlet, '') ELSE '' END,
  e.at::date, date_trunc('week', c."createdAt")::date, e.before->>'state', e.after->>'state', count(*)::int
FROM "AuditEvent" e JOIN seed_claim sc ON e."entityId" = 'sc_' || lpad(sc.i::text, 9, '0')
  JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId",
  unnest(ARRAY[0, 1, 2, 3]) g
WHERE e.entity = 'claim' AND e.before ? 'state' AND e.after ? 'state'
  AND e.before->>'state' <> e.after->>'state'
GROUP BY 1, 2, 3, 4, 5, 6, 7
ON CONFLICT (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState")
DO UPDATE SET count = t.count + EXCLUDED.count;`,
    },
  ];
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
