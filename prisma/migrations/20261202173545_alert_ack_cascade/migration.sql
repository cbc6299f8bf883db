-- AlterTable: the portfolio (and position) an acknowledgement is about, so deleting them deletes it.
-- Existing rows are backfilled from their key ("<portfolioId>:<positionId>:<code>" or
-- "<portfolioId>:portfolio:provider_concentration:<provider>"). Those whose portfolio or position
-- is already gone are removed before the column becomes required.
ALTER TABLE "AlertAck" ADD COLUMN     "portfolioId" TEXT,
ADD COLUMN     "positionId" TEXT;

UPDATE "AlertAck" SET
  "portfolioId" = split_part("alertKey", ':', 1),
  "positionId" = CASE WHEN split_part("alertKey", ':', 2) = 'portfolio' THEN NULL ELSE split_part("alertKey", ':', 2) END;

DELETE FROM "AlertAck" a
WHERE NOT EXISTS (SELECT 1 FROM "Portfolio" p WHERE p.id = a."portfolioId")
   OR (a."positionId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Position" q WHERE q.id = a."positionId"));

ALTER TABLE "AlertAck" ALTER COLUMN "portfolioId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "AlertAck_portfolioId_idx" ON "AlertAck"("portfolioId");

-- CreateIndex
CREATE INDEX "AlertAck_positionId_idx" ON "AlertAck"("positionId");

-- AddForeignKey
ALTER TABLE "AlertAck" ADD CONSTRAINT "AlertAck_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertAck" ADD CONSTRAINT "AlertAck_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;
