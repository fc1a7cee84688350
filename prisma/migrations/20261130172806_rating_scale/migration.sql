-- The rating scale becomes a table admins edit (issue 11 §5). Hand-written so that every verdict
-- and publication keeps its rating: the enum's seven values become the table's seeded keys, and the
-- columns change type in place (enum -> text) instead of being dropped.

-- CreateTable
CREATE TABLE "RatingScaleEntry" (
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,
    "colour" TEXT NOT NULL,
    "ratingValue" INTEGER,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RatingScaleEntry_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "RatingScaleEntry_name_key" ON "RatingScaleEntry"("name");

-- CreateIndex
CREATE INDEX "RatingScaleEntry_position_idx" ON "RatingScaleEntry"("position");

-- Seed: today's seven, with the labels, descriptions, colours and ClaimReview values they had.
INSERT INTO "RatingScaleEntry" ("key", "name", "description", "position", "colour", "ratingValue", "updatedAt") VALUES
  ('TRUE', 'True', 'The claim is accurate.', 1, '#166534', 5, CURRENT_TIMESTAMP),
  ('MOSTLY_TRUE', 'Mostly true', 'Accurate but needs clarification or context.', 2, '#65a30d', 4, CURRENT_TIMESTAMP),
  ('MIXED', 'Mixed', 'Partly accurate, partly not.', 3, '#d97706', 3, CURRENT_TIMESTAMP),
  ('MOSTLY_FALSE', 'Mostly false', 'Contains an element of truth but ignores facts that would change the impression.', 4, '#ea580c', 2, CURRENT_TIMESTAMP),
  ('FALSE', 'False', 'The claim is not accurate.', 5, '#991b1b', 1, CURRENT_TIMESTAMP),
  ('MISLEADING', 'Misleading', 'Literally accurate, but framed to give a false impression.', 6, '#7e22ce', NULL, CURRENT_TIMESTAMP),
  ('UNPROVEN', 'Unproven', 'There is not enough evidence to rate the claim.', 7, '#64748b', NULL, CURRENT_TIMESTAMP);

-- AlterTable
ALTER TABLE "NewsroomSettings" ADD COLUMN     "ratingBest" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "ratingWorst" INTEGER NOT NULL DEFAULT 1;

-- A trigger naming a column blocks changing its type: drop it and recreate it below.
DROP TRIGGER "Publication_count" ON "Publication";

ALTER TABLE "Claim" ALTER COLUMN "rating" TYPE TEXT USING "rating"::text;
ALTER TABLE "Publication" ALTER COLUMN "rating" TYPE TEXT USING "rating"::text;
ALTER TABLE "PublicVerdictCount" ALTER COLUMN "rating" TYPE TEXT USING "rating"::text;
ALTER TABLE "PublicVerdictYearCount" ALTER COLUMN "rating" TYPE TEXT USING "rating"::text;

-- Publications freeze the rating's name and ClaimReview value as published (1..5 then).
ALTER TABLE "Publication" ADD COLUMN     "ratingName" TEXT,
ADD COLUMN     "ratingValue" INTEGER,
ADD COLUMN     "ratingBest" INTEGER,
ADD COLUMN     "ratingWorst" INTEGER;

UPDATE "Publication" p SET "ratingName" = r."name", "ratingValue" = r."ratingValue",
  "ratingBest" = CASE WHEN r."ratingValue" IS NULL THEN NULL ELSE 5 END,
  "ratingWorst" = CASE WHEN r."ratingValue" IS NULL THEN NULL ELSE 1 END
FROM "RatingScaleEntry" r WHERE r."key" = p."rating";

ALTER TABLE "Publication" ALTER COLUMN "ratingName" SET NOT NULL;

-- DropEnum
DROP TYPE "Rating";

CREATE TRIGGER "Publication_count"
  AFTER INSERT OR DELETE OR UPDATE OF "isCurrent", "speaker", "rating", "firstPublishedAt", "publishedAt"
  ON "Publication" FOR EACH ROW EXECUTE FUNCTION "public_verdict_count_trigger"();

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_rating_fkey" FOREIGN KEY ("rating") REFERENCES "RatingScaleEntry"("key") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_rating_fkey" FOREIGN KEY ("rating") REFERENCES "RatingScaleEntry"("key") ON DELETE RESTRICT ON UPDATE CASCADE;
