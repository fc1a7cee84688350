-- CreateEnum
CREATE TYPE "ExtractionStatus" AS ENUM ('DONE', 'PENDING', 'FAILED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "extraction" "ExtractionStatus" NOT NULL DEFAULT 'DONE',
ADD COLUMN     "extractionError" TEXT;
