-- AlterTable
ALTER TABLE "NewsroomSettings" ADD COLUMN     "dataLicence" TEXT NOT NULL DEFAULT 'https://creativecommons.org/licenses/by/4.0/';

-- CreateIndex
CREATE INDEX "AuditEvent_entity_action_at_idx" ON "AuditEvent"("entity", "action", "at");

-- CreateIndex
CREATE INDEX "Claim_createdAt_idx" ON "Claim"("createdAt");

-- CreateIndex
CREATE INDEX "Claim_state_createdAt_idx" ON "Claim"("state", "createdAt");
