-- CreateTable
CREATE TABLE "ClaimDayCount" (
    "grain" INTEGER NOT NULL,
    "outlet" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "state" "ClaimState" NOT NULL,
    "dismissReason" TEXT NOT NULL,
    "checkworthy" BOOLEAN NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimDayCount_pkey" PRIMARY KEY ("grain","assigneeId","outlet","day","state","dismissReason","checkworthy")
);

-- CreateTable
CREATE TABLE "ClaimFirstPublication" (
    "claimId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "rating" TEXT NOT NULL,
    "speaker" TEXT,
    "claimCreatedAt" TIMESTAMP(3) NOT NULL,
    "assigneeId" TEXT,
    "outlet" TEXT,

    CONSTRAINT "ClaimFirstPublication_pkey" PRIMARY KEY ("claimId")
);

-- CreateTable
CREATE TABLE "ClaimApproval" (
    "eventId" BIGINT NOT NULL,
    "claimId" TEXT NOT NULL,
    "approvedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "assigneeId" TEXT,
    "outlet" TEXT,

    CONSTRAINT "ClaimApproval_pkey" PRIMARY KEY ("eventId")
);

-- CreateTable
CREATE TABLE "ClaimDueCount" (
    "grain" INTEGER NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimDueCount_pkey" PRIMARY KEY ("grain","assigneeId","outlet","day")
);

-- CreateTable
CREATE TABLE "ClaimStateChangeCount" (
    "grain" INTEGER NOT NULL,
    "outlet" TEXT NOT NULL,
    "assigneeId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "createdWeek" DATE NOT NULL,
    "fromState" TEXT NOT NULL,
    "toState" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ClaimStateChangeCount_pkey" PRIMARY KEY ("grain","assigneeId","outlet","day","createdWeek","fromState","toState")
);

-- CreateIndex
CREATE INDEX "ClaimDayCount_grain_day_idx" ON "ClaimDayCount"("grain", "day");

-- CreateIndex
CREATE INDEX "ClaimFirstPublication_publishedAt_idx" ON "ClaimFirstPublication"("publishedAt");

-- CreateIndex
CREATE INDEX "ClaimFirstPublication_outlet_publishedAt_idx" ON "ClaimFirstPublication"("outlet", "publishedAt");

-- CreateIndex
CREATE INDEX "ClaimFirstPublication_assigneeId_publishedAt_idx" ON "ClaimFirstPublication"("assigneeId", "publishedAt");

-- CreateIndex
CREATE INDEX "ClaimApproval_claimId_idx" ON "ClaimApproval"("claimId");

-- CreateIndex
CREATE INDEX "ClaimApproval_approvedAt_idx" ON "ClaimApproval"("approvedAt");

-- CreateIndex
CREATE INDEX "ClaimApproval_outlet_approvedAt_idx" ON "ClaimApproval"("outlet", "approvedAt");

-- CreateIndex
CREATE INDEX "ClaimApproval_assigneeId_approvedAt_idx" ON "ClaimApproval"("assigneeId", "approvedAt");

-- CreateIndex
CREATE INDEX "Article_outlet_idx" ON "Article"("outlet");

-- CreateIndex
CREATE INDEX "Claim_open_due_idx" ON "Claim"("dueAt", "assigneeId", "articleId") WHERE ("state" IN ('EXTRACTED', 'SOURCING', 'VERIFYING', 'IN_REVIEW', 'APPROVED'));

-- Hand-written (Prisma models neither triggers nor functions): issue 13, the analytics dashboard
-- within 200 ms at a million claims. Its queries read these summaries instead of the Claim table
-- and the audit trail's JSON; the triggers keep them in the writing transaction.

-- First publications: the mark function of public_current_publication also keeps the claim's row
-- in ClaimFirstPublication (its earliest publication, withdrawn or not; none when it has none).
CREATE OR REPLACE FUNCTION "publication_mark_current"(claim TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE latest TEXT;
DECLARE earliest TEXT;
DECLARE first TIMESTAMP(3);
BEGIN
  SELECT id INTO latest FROM "Publication"
  WHERE "claimId" = claim AND "withdrawnAt" IS NULL
  ORDER BY "publishedAt" DESC, id DESC LIMIT 1;
  SELECT min("publishedAt") INTO first FROM "Publication"
  WHERE "claimId" = claim AND "withdrawnAt" IS NULL;
  UPDATE "Publication"
  SET "isCurrent" = (id IS NOT DISTINCT FROM latest),
    "firstPublishedAt" = CASE WHEN id IS NOT DISTINCT FROM latest THEN first END
  WHERE "claimId" = claim AND ("isCurrent" IS DISTINCT FROM (id IS NOT DISTINCT FROM latest)
    OR "firstPublishedAt" IS DISTINCT FROM CASE WHEN id IS NOT DISTINCT FROM latest THEN first END);
  SELECT id INTO earliest FROM "Publication" WHERE "claimId" = claim ORDER BY "publishedAt", id LIMIT 1;
  DELETE FROM "ClaimFirstPublication" WHERE "claimId" = claim;
  -- Nothing when the claim itself is being deleted (its publications go after it).
  INSERT INTO "ClaimFirstPublication" ("claimId", "publishedAt", rating, speaker, "claimCreatedAt", "assigneeId", outlet)
  SELECT c.id, p."publishedAt", p.rating, p.speaker, c."createdAt", c."assigneeId", a.outlet
  FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
  WHERE p.id = earliest;
END;
$$;

-- One claim's row in ClaimDayCount, added (delta 1) or taken out (-1) at all four grains.
CREATE FUNCTION "analytics_claim_day"(c "Claim", art_outlet TEXT, delta INT) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "ClaimDayCount" AS t (grain, "assigneeId", outlet, day, state, "dismissReason", checkworthy, count)
  SELECT g, CASE WHEN g >= 2 THEN coalesce(c."assigneeId", '') ELSE '' END,
    CASE WHEN g IN (1, 3) THEN coalesce(art_outlet, '') ELSE '' END,
    c."createdAt"::date, c.state, coalesce(c."dismissReason"::text, ''), c.checkworthy, delta
  FROM unnest(ARRAY[0, 1, 2, 3]) g
  ON CONFLICT (grain, "assigneeId", outlet, day, state, "dismissReason", checkworthy)
  DO UPDATE SET count = t.count + EXCLUDED.count;
$$;

-- One claim's row in ClaimDueCount (when it is open, assigned and has a due date).
CREATE FUNCTION "analytics_claim_due"(c "Claim", art_outlet TEXT, delta INT) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO "ClaimDueCount" AS t (grain, "assigneeId", outlet, day, count)
  SELECT g, c."assigneeId", CASE WHEN g = 3 THEN coalesce(art_outlet, '') ELSE '' END, c."dueAt"::date, delta
  FROM unnest(ARRAY[2, 3]) g
  WHERE c.state IN ('EXTRACTED', 'SOURCING', 'VERIFYING', 'IN_REVIEW', 'APPROVED')
    AND c."dueAt" IS NOT NULL AND c."assigneeId" IS NOT NULL
  ON CONFLICT (grain, "assigneeId", outlet, day) DO UPDATE SET count = t.count + EXCLUDED.count;
$$;

-- One claim's audited state changes in ClaimStateChangeCount, added or taken out at all grains
-- (when the claim's assignee, article, outlet or import date changes, or it is deleted).
CREATE FUNCTION "analytics_claim_changes"(claim TEXT, created TIMESTAMP(3), assignee TEXT, art_outlet TEXT, delta INT)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO "ClaimStateChangeCount" AS t (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState", count)
  SELECT g, CASE WHEN g >= 2 THEN coalesce(assignee, '') ELSE '' END,
    CASE WHEN g IN (1, 3) THEN coalesce(art_outlet, '') ELSE '' END,
    e.at::date, date_trunc('week', created)::date, e.before->>'state', e.after->>'state', delta * count(*)::int
  FROM "AuditEvent" e, unnest(ARRAY[0, 1, 2, 3]) g
  WHERE e.entity = 'claim' AND e."entityId" = claim AND e.before ? 'state' AND e.after ? 'state'
    AND e.before->>'state' <> e.after->>'state'
  GROUP BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState")
  DO UPDATE SET count = t.count + EXCLUDED.count;
$$;

CREATE FUNCTION "analytics_claim_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE old_outlet TEXT;
DECLARE new_outlet TEXT;
DECLARE moved BOOLEAN := false;
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "ClaimFirstPublication" WHERE "claimId" = OLD.id;
    DELETE FROM "ClaimApproval" WHERE "claimId" = OLD.id;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT outlet INTO old_outlet FROM "Article" WHERE id = OLD."articleId";
    -- A claim deleted with its article was taken out by the article's trigger already.
    IF NOT FOUND THEN RETURN NULL; END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT outlet INTO new_outlet FROM "Article" WHERE id = NEW."articleId";
  END IF;
  IF TG_OP = 'UPDATE' THEN
    moved := OLD."assigneeId" IS DISTINCT FROM NEW."assigneeId" OR OLD."createdAt" <> NEW."createdAt"
      OR old_outlet IS DISTINCT FROM new_outlet;
    IF NOT moved AND OLD.state = NEW.state AND OLD.checkworthy = NEW.checkworthy
      AND OLD."dismissReason" IS NOT DISTINCT FROM NEW."dismissReason"
      AND OLD."dueAt" IS NOT DISTINCT FROM NEW."dueAt" THEN
      RETURN NULL;
    END IF;
  END IF;
  -- Writers of claims imported on the same day take that day's lock first (in day order), so
  -- their upserts of the shared summary rows cannot deadlock by locking them in opposite orders.
  PERFORM pg_advisory_xact_lock(1097, d)
  FROM unnest(ARRAY[OLD."createdAt"::date - DATE '2000-01-01', NEW."createdAt"::date - DATE '2000-01-01']) d
  WHERE d IS NOT NULL GROUP BY d ORDER BY d;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "analytics_claim_day"(OLD, old_outlet, -1);
    PERFORM "analytics_claim_due"(OLD, old_outlet, -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM "analytics_claim_day"(NEW, new_outlet, 1);
    PERFORM "analytics_claim_due"(NEW, new_outlet, 1);
  END IF;
  IF TG_OP = 'DELETE' OR moved THEN
    PERFORM "analytics_claim_changes"(OLD.id, OLD."createdAt", OLD."assigneeId", old_outlet, -1);
  END IF;
  IF moved THEN
    PERFORM "analytics_claim_changes"(NEW.id, NEW."createdAt", NEW."assigneeId", new_outlet, 1);
    UPDATE "ClaimFirstPublication"
    SET "claimCreatedAt" = NEW."createdAt", "assigneeId" = NEW."assigneeId", outlet = new_outlet
    WHERE "claimId" = NEW.id;
    UPDATE "ClaimApproval" SET "assigneeId" = NEW."assigneeId", outlet = new_outlet
    WHERE "claimId" = NEW.id;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Claim_analytics"
  AFTER INSERT OR DELETE OR UPDATE OF "state", "dismissReason", "checkworthy", "assigneeId", "articleId", "createdAt", "dueAt"
  ON "Claim" FOR EACH ROW EXECUTE FUNCTION "analytics_claim_trigger"();

-- An article's outlet changes, or the article is deleted (before its claims go with it).
CREATE FUNCTION "analytics_article_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE c "Claim";
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.outlet IS NOT DISTINCT FROM NEW.outlet THEN RETURN NEW; END IF;
  PERFORM pg_advisory_xact_lock(1097, d)
  FROM (SELECT DISTINCT "createdAt"::date - DATE '2000-01-01' AS d FROM "Claim" WHERE "articleId" = OLD.id) days
  ORDER BY d;
  FOR c IN SELECT * FROM "Claim" WHERE "articleId" = OLD.id LOOP
    PERFORM "analytics_claim_day"(c, OLD.outlet, -1);
    PERFORM "analytics_claim_due"(c, OLD.outlet, -1);
    PERFORM "analytics_claim_changes"(c.id, c."createdAt", c."assigneeId", OLD.outlet, -1);
    IF TG_OP = 'UPDATE' THEN
      PERFORM "analytics_claim_day"(c, NEW.outlet, 1);
      PERFORM "analytics_claim_due"(c, NEW.outlet, 1);
      PERFORM "analytics_claim_changes"(c.id, c."createdAt", c."assigneeId", NEW.outlet, 1);
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "ClaimFirstPublication" f USING "Claim" cl WHERE cl."articleId" = OLD.id AND f."claimId" = cl.id;
    DELETE FROM "ClaimApproval" f USING "Claim" cl WHERE cl."articleId" = OLD.id AND f."claimId" = cl.id;
    RETURN OLD;
  END IF;
  UPDATE "ClaimFirstPublication" f SET outlet = NEW.outlet
  FROM "Claim" cl WHERE cl."articleId" = NEW.id AND f."claimId" = cl.id;
  UPDATE "ClaimApproval" f SET outlet = NEW.outlet
  FROM "Claim" cl WHERE cl."articleId" = NEW.id AND f."claimId" = cl.id;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Article_analytics_outlet"
  AFTER UPDATE OF "outlet" ON "Article" FOR EACH ROW EXECUTE FUNCTION "analytics_article_trigger"();
CREATE TRIGGER "Article_analytics_delete"
  BEFORE DELETE ON "Article" FOR EACH ROW EXECUTE FUNCTION "analytics_article_trigger"();

-- A claim's audit event: a state change (before and after states differ) is counted for its
-- claim; an approval is paired with the last submission for review before it, and a submission
-- (even one inserted after the approval, as a restore may) becomes the pair of later approvals.
CREATE FUNCTION "analytics_audit_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.action = 'claim.approve' THEN
    INSERT INTO "ClaimApproval" ("eventId", "claimId", "approvedAt", "submittedAt", "assigneeId", outlet)
    SELECT NEW.id, c.id, NEW.at,
      (SELECT max(s.at) FROM "AuditEvent" s WHERE s.entity = 'claim' AND s."entityId" = NEW."entityId"
        AND s.action = 'claim.submit_for_review' AND s.at <= NEW.at),
      c."assigneeId", a.outlet
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE c.id = NEW."entityId";
  ELSIF NEW.action = 'claim.submit_for_review' THEN
    UPDATE "ClaimApproval" SET "submittedAt" = NEW.at
    WHERE "claimId" = NEW."entityId" AND "approvedAt" >= NEW.at
      AND ("submittedAt" IS NULL OR "submittedAt" < NEW.at);
  END IF;
  IF NEW.before ? 'state' AND NEW.after ? 'state' AND NEW.before->>'state' <> NEW.after->>'state' THEN
    PERFORM pg_advisory_xact_lock(1097, c."createdAt"::date - DATE '2000-01-01')
    FROM "Claim" c WHERE c.id = NEW."entityId";
    INSERT INTO "ClaimStateChangeCount" AS t (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState", count)
    SELECT g, CASE WHEN g >= 2 THEN coalesce(c."assigneeId", '') ELSE '' END,
      CASE WHEN g IN (1, 3) THEN coalesce(a.outlet, '') ELSE '' END,
      NEW.at::date, date_trunc('week', c."createdAt")::date, NEW.before->>'state', NEW.after->>'state', 1
    FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", unnest(ARRAY[0, 1, 2, 3]) g
    WHERE c.id = NEW."entityId"
    ON CONFLICT (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState")
    DO UPDATE SET count = t.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "AuditEvent_analytics"
  AFTER INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.entity = 'claim')
  EXECUTE FUNCTION "analytics_audit_trigger"();

-- Backfill from the rows already there.
INSERT INTO "ClaimApproval" ("eventId", "claimId", "approvedAt", "submittedAt", "assigneeId", outlet)
SELECT e.id, c.id, e.at,
  (SELECT max(s.at) FROM "AuditEvent" s WHERE s.entity = 'claim' AND s."entityId" = e."entityId"
    AND s.action = 'claim.submit_for_review' AND s.at <= e.at),
  c."assigneeId", a.outlet
FROM "AuditEvent" e JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId"
WHERE e.entity = 'claim' AND e.action = 'claim.approve';

INSERT INTO "ClaimFirstPublication" ("claimId", "publishedAt", rating, speaker, "claimCreatedAt", "assigneeId", outlet)
SELECT DISTINCT ON (p."claimId") p."claimId", p."publishedAt", p.rating, p.speaker, c."createdAt", c."assigneeId", a.outlet
FROM "Publication" p JOIN "Claim" c ON c.id = p."claimId" JOIN "Article" a ON a.id = c."articleId"
ORDER BY p."claimId", p."publishedAt", p.id;

INSERT INTO "ClaimDayCount" (grain, "assigneeId", outlet, day, state, "dismissReason", checkworthy, count)
SELECT g, CASE WHEN g >= 2 THEN coalesce(c."assigneeId", '') ELSE '' END,
  CASE WHEN g IN (1, 3) THEN coalesce(a.outlet, '') ELSE '' END,
  c."createdAt"::date, c.state, coalesce(c."dismissReason"::text, ''), c.checkworthy, count(*)::int
FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", unnest(ARRAY[0, 1, 2, 3]) g
GROUP BY 1, 2, 3, 4, 5, 6, 7;

INSERT INTO "ClaimDueCount" (grain, "assigneeId", outlet, day, count)
SELECT g, c."assigneeId", CASE WHEN g = 3 THEN coalesce(a.outlet, '') ELSE '' END, c."dueAt"::date, count(*)::int
FROM "Claim" c JOIN "Article" a ON a.id = c."articleId", unnest(ARRAY[2, 3]) g
WHERE c.state IN ('EXTRACTED', 'SOURCING', 'VERIFYING', 'IN_REVIEW', 'APPROVED')
  AND c."dueAt" IS NOT NULL AND c."assigneeId" IS NOT NULL
GROUP BY 1, 2, 3, 4;

INSERT INTO "ClaimStateChangeCount" (grain, "assigneeId", outlet, day, "createdWeek", "fromState", "toState", count)
SELECT g, CASE WHEN g >= 2 THEN coalesce(c."assigneeId", '') ELSE '' END,
  CASE WHEN g IN (1, 3) THEN coalesce(a.outlet, '') ELSE '' END,
  e.at::date, date_trunc('week', c."createdAt")::date, e.before->>'state', e.after->>'state', count(*)::int
FROM "AuditEvent" e JOIN "Claim" c ON c.id = e."entityId" JOIN "Article" a ON a.id = c."articleId",
  unnest(ARRAY[0, 1, 2, 3]) g
WHERE e.entity = 'claim' AND e.before ? 'state' AND e.after ? 'state'
  AND e.before->>'state' <> e.after->>'state'
GROUP BY 1, 2, 3, 4, 5, 6, 7;
