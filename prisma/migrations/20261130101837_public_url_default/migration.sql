-- AlterTable
ALTER TABLE "NewsroomSettings" ALTER COLUMN "url" DROP NOT NULL,
ALTER COLUMN "url" DROP DEFAULT;

-- The old default was never a choice: rows still holding it follow the app's configured address.
UPDATE "NewsroomSettings" SET "url" = NULL WHERE "url" = 'http://localhost:3000';
