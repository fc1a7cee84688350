-- AlterTable
ALTER TABLE "NewsroomSettings" ADD COLUMN     "twoPersonRule" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Publication" ADD COLUMN     "correctedBy" TEXT[] DEFAULT ARRAY[]::TEXT[];
