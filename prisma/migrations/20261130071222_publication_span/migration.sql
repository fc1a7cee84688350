-- AlterTable: where the published claim and its sentence sit in the article body, frozen with the
-- rest of the snapshot (issue 10, item 9). Added nullable, filled, then made NOT NULL as the schema says.
ALTER TABLE "Publication" ADD COLUMN     "claimEnd" INTEGER,
ADD COLUMN     "claimStart" INTEGER,
ADD COLUMN     "sentenceEnd" INTEGER,
ADD COLUMN     "sentenceStart" INTEGER;

-- Hand-written backfill: existing snapshots take their claim's current offsets (the best record there is).
UPDATE "Publication" p
SET "claimStart" = c."start", "claimEnd" = c."end",
    "sentenceStart" = c."sentenceStart", "sentenceEnd" = c."sentenceEnd"
FROM "Claim" c
WHERE c."id" = p."claimId";

ALTER TABLE "Publication" ALTER COLUMN "claimEnd" SET NOT NULL,
ALTER COLUMN "claimStart" SET NOT NULL,
ALTER COLUMN "sentenceEnd" SET NOT NULL,
ALTER COLUMN "sentenceStart" SET NOT NULL;
