-- AlterTable
ALTER TABLE "NewsroomSettings" ADD COLUMN     "ownOutlets" TEXT NOT NULL DEFAULT '';
