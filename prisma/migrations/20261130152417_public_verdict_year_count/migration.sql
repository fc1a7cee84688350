-- CreateTable
CREATE TABLE "PublicVerdictYearCount" (
    "speaker" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rating" "Rating" NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "PublicVerdictYearCount_pkey" PRIMARY KEY ("speaker","year","rating")
);

-- Hand-written: the count trigger also keeps the per-year counters (year of the claim's first
-- live publication, which the current-publication trigger sets with the mark).
CREATE OR REPLACE FUNCTION "public_verdict_count_trigger"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."isCurrent" THEN
    UPDATE "PublicVerdictCount" SET "count" = "count" - 1
    WHERE "speaker" = coalesce(OLD."speaker", '') AND "rating" = OLD."rating";
    UPDATE "PublicVerdictYearCount" SET "count" = "count" - 1
    WHERE "speaker" = coalesce(OLD."speaker", '') AND "rating" = OLD."rating"
      AND "year" = extract(year FROM coalesce(OLD."firstPublishedAt", OLD."publishedAt"))::int;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."isCurrent" THEN
    INSERT INTO "PublicVerdictCount" ("speaker", "rating", "count")
    VALUES (coalesce(NEW."speaker", ''), NEW."rating", 1)
    ON CONFLICT ("speaker", "rating") DO UPDATE SET "count" = "PublicVerdictCount"."count" + 1;
    INSERT INTO "PublicVerdictYearCount" ("speaker", "year", "rating", "count")
    VALUES (coalesce(NEW."speaker", ''),
      extract(year FROM coalesce(NEW."firstPublishedAt", NEW."publishedAt"))::int, NEW."rating", 1)
    ON CONFLICT ("speaker", "year", "rating")
      DO UPDATE SET "count" = "PublicVerdictYearCount"."count" + 1;
  END IF;
  RETURN NULL;
END;
$$;

DROP TRIGGER "Publication_count" ON "Publication";
CREATE TRIGGER "Publication_count"
  AFTER INSERT OR DELETE OR UPDATE OF "isCurrent", "speaker", "rating", "firstPublishedAt", "publishedAt"
  ON "Publication" FOR EACH ROW EXECUTE FUNCTION "public_verdict_count_trigger"();

-- Backfill from the current publications.
INSERT INTO "PublicVerdictYearCount" ("speaker", "year", "rating", "count")
SELECT coalesce("speaker", ''), extract(year FROM coalesce("firstPublishedAt", "publishedAt"))::int,
  "rating", count(*)
FROM "Publication" WHERE "isCurrent" GROUP BY 1, 2, 3;
