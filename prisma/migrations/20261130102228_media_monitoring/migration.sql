-- CreateEnum
CREATE TYPE "WatchedSourceKind" AS ENUM ('FEED', 'SITEMAP');

-- CreateEnum
CREATE TYPE "FeedItemStatus" AS ENUM ('NEW', 'IMPORTED', 'DUPLICATE', 'FAILED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "bodyHash" TEXT,
ADD COLUMN     "canonicalUrl" TEXT,
ADD COLUMN     "watchedSourceId" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "priorMatchScore" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "WatchedSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" "WatchedSourceKind" NOT NULL DEFAULT 'FEED',
    "intervalMinutes" INTEGER NOT NULL DEFAULT 15,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "createdById" TEXT NOT NULL,
    "nextPollAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "etag" TEXT,
    "lastModified" TEXT,
    "lastFetchAt" TIMESTAMP(3),
    "lastStatus" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WatchedSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedItem" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "guid" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publishedAt" TIMESTAMP(3),
    "status" "FeedItemStatus" NOT NULL DEFAULT 'NEW',
    "articleId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WatchedSpeaker" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WatchedSpeaker_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WatchedSource_url_key" ON "WatchedSource"("url");

-- CreateIndex
CREATE INDEX "WatchedSource_enabled_nextPollAt_idx" ON "WatchedSource"("enabled", "nextPollAt");

-- CreateIndex
CREATE INDEX "FeedItem_sourceId_createdAt_idx" ON "FeedItem"("sourceId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FeedItem_sourceId_guid_key" ON "FeedItem"("sourceId", "guid");

-- CreateIndex
CREATE UNIQUE INDEX "WatchedSpeaker_name_key" ON "WatchedSpeaker"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_canonicalUrl_key" ON "Article"("canonicalUrl");

-- CreateIndex
CREATE UNIQUE INDEX "Article_bodyHash_key" ON "Article"("bodyHash");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_watchedSourceId_fkey" FOREIGN KEY ("watchedSourceId") REFERENCES "WatchedSource"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchedSource" ADD CONSTRAINT "WatchedSource_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "WatchedSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FeedItem" ADD CONSTRAINT "FeedItem_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WatchedSpeaker" ADD CONSTRAINT "WatchedSpeaker_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
