-- DropIndex
DROP INDEX "Article_createdAt_idx";

-- DropIndex
DROP INDEX "Claim_state_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Article_createdAt_id_idx" ON "Article"("createdAt", "id");

-- CreateIndex
CREATE INDEX "Claim_updatedAt_id_idx" ON "Claim"("updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_state_updatedAt_id_idx" ON "Claim"("state", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_updatedAt_id_idx" ON "Claim"("assigneeId", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_rating_updatedAt_id_idx" ON "Claim"("rating", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_dueAt_updatedAt_id_idx" ON "Claim"("dueAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_priority_updatedAt_id_idx" ON "Claim"("priority", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_assigneeId_dueAt_updatedAt_id_idx" ON "Claim"("assigneeId", "dueAt", "updatedAt", "id");

-- CreateIndex
CREATE INDEX "Claim_verdictAuthorId_state_updatedAt_idx" ON "Claim"("verdictAuthorId", "state", "updatedAt");

-- CreateIndex
CREATE INDEX "Claim_statement_trgm_idx" ON "Claim" USING GIN ("statement" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_summary_trgm_idx" ON "Claim" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Claim_speaker_trgm_idx" ON "Claim" USING GIN ("speaker" gin_trgm_ops);
