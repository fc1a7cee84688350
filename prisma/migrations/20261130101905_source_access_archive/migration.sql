-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "accessedOn" DATE,
ADD COLUMN     "archiveUrl" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3);
