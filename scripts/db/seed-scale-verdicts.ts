// The scale seed's claim rows and what the workflow leaves around a verdict: sources, reviews,
// publications and their audit events.
import type { Step } from './seed-scale-sql';
import { list } from './seed-scale-vocabulary';

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
