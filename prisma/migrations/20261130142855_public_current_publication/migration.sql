-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "firstPublishedAt" TIMESTAMP(3),
ADD COLUMN     "isCurrent" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "PublicVerdictCount" (
    "speaker" TEXT NOT NULL,
    "rating" "Rating" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicVerdictCount_pkey" PRIMARY KEY ("speaker","rating")
);

-- CreateIndex
CREATE INDEX "Publication_current_published_idx" ON "Publication"("publishedAt" DESC, "id" DESC) WHERE ("isCurrent");

-- CreateIndex
CREATE INDEX "Publication_current_speaker_idx" ON "Publication"("speaker", "publishedAt" DESC, "id" DESC, "rating", "firstPublishedAt") WHERE ("isCurrent");

-- CreateIndex
CREATE INDEX "Publication_current_rating_idx" ON "Publication"("rating", "publishedAt" DESC, "id" DESC) WHERE ("isCurrent");

-- CreateIndex
CREATE INDEX "Publication_current_search_idx" ON "Publication" USING GIN ("searchVector") WHERE ("isCurrent");

-- CreateIndex
CREATE INDEX "Publication_current_speaker_trgm_idx" ON "Publication" USING GIN ("speaker" gin_trgm_ops) WHERE ("isCurrent");

-- CreateIndex
CREATE INDEX "Publication_correction_idx" ON "Publication"("publishedAt" DESC, "id" DESC) WHERE ("correctionNote" IS NOT NULL AND "withdrawnAt" IS NULL);

-- Hand-written (Prisma models neither triggers nor partial indexes): issue 14 §3, the public site
-- reads each claim's latest live publication by index instead of a NOT EXISTS over all of them.

-- Mark the latest live publication of one claim (publishedAt, then id, as readers order them).
CREATE FUNCTION "publication_mark_current"(claim TEXT) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE latest TEXT;
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
END;
$$;

-- Publishing, correcting and withdrawing insert or update Publication rows inside the workflow's
-- transaction, so the mark moves in that same transaction (and restores and seeds get it too).
CREATE FUNCTION "publication_current_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM "publication_mark_current"(OLD."claimId"); END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW."claimId" <> OLD."claimId") THEN
    PERFORM "publication_mark_current"(NEW."claimId");
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Publication_current"
  AFTER INSERT OR DELETE OR UPDATE OF "claimId", "withdrawnAt", "publishedAt" ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "publication_current_trigger"();

-- Counters: one per (speaker, rating) of current publications, so totals never count the table.
CREATE FUNCTION "public_verdict_count_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."isCurrent" THEN
    UPDATE "PublicVerdictCount" SET "count" = "count" - 1
    WHERE "speaker" = coalesce(OLD."speaker", '') AND "rating" = OLD."rating";
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."isCurrent" THEN
    INSERT INTO "PublicVerdictCount" ("speaker", "rating", "count")
    VALUES (coalesce(NEW."speaker", ''), NEW."rating", 1)
    ON CONFLICT ("speaker", "rating") DO UPDATE SET "count" = "PublicVerdictCount"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "Publication_count"
  AFTER INSERT OR DELETE OR UPDATE OF "isCurrent", "speaker", "rating" ON "Publication"
  FOR EACH ROW EXECUTE FUNCTION "public_verdict_count_trigger"();

-- Backfill existing rows (the count trigger fills the counters as the marks are set).
UPDATE "Publication" p SET "isCurrent" = true,
  "firstPublishedAt" = (SELECT min(f."publishedAt") FROM "Publication" f
    WHERE f."claimId" = p."claimId" AND f."withdrawnAt" IS NULL)
WHERE p."withdrawnAt" IS NULL AND NOT EXISTS (
  SELECT 1 FROM "Publication" n
  WHERE n."claimId" = p."claimId" AND n."withdrawnAt" IS NULL
    AND (n."publishedAt", n.id) > (p."publishedAt", p.id));
