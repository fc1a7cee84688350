-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateEnum
CREATE TYPE "MatchStatus" AS ENUM ('SUGGESTED', 'CONFIRMED', 'REJECTED');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "citedPublicationId" TEXT,
ADD COLUMN     "familyId" TEXT,
ADD COLUMN     "matchVector" tsvector;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "citesPublicationId" TEXT;

-- CreateTable
CREATE TABLE "ClaimFamily" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimFamily_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClaimMatch" (
    "id" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "earlierClaimId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "features" JSONB NOT NULL,
    "status" "MatchStatus" NOT NULL DEFAULT 'SUGGESTED',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimMatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimMatch_earlierClaimId_idx" ON "ClaimMatch"("earlierClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimMatch_claimId_earlierClaimId_key" ON "ClaimMatch"("claimId", "earlierClaimId");

-- CreateIndex
CREATE INDEX "Claim_text_trgm_idx" ON "Claim" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_matchVector_idx" ON "Claim" USING GIN ("matchVector");

-- CreateIndex
CREATE INDEX "Claim_familyId_idx" ON "Claim"("familyId");

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_familyId_fkey" FOREIGN KEY ("familyId") REFERENCES "ClaimFamily"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_citedPublicationId_fkey" FOREIGN KEY ("citedPublicationId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_earlierClaimId_fkey" FOREIGN KEY ("earlierClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimMatch" ADD CONSTRAINT "ClaimMatch_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_citesPublicationId_fkey" FOREIGN KEY ("citesPublicationId") REFERENCES "Publication"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma does not model triggers): "matchVector" holds the words claim matching
-- compares (lib/matching). A field added to matching (e.g. a claim statement) joins it here.
CREATE FUNCTION "claim_match_vector"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."matchVector" := to_tsvector('english', coalesce(NEW."text", ''));
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_match_vector"
  BEFORE INSERT OR UPDATE OF "text" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_match_vector"();

-- Existing rows: fire the trigger once.
UPDATE "Claim" SET "text" = "text";
