-- CreateIndex
CREATE INDEX "Cover_portfolioId_updatedAt_idx" ON "Cover"("portfolioId", "updatedAt");

-- CreateIndex
CREATE INDEX "CoverProduct_updatedAt_idx" ON "CoverProduct"("updatedAt");

-- CreateIndex
CREATE INDEX "Position_portfolioId_updatedAt_idx" ON "Position"("portfolioId", "updatedAt");

-- CreateIndex
CREATE INDEX "Provider_updatedAt_idx" ON "Provider"("updatedAt");

-- CreateIndex
CREATE INDEX "Venue_updatedAt_idx" ON "Venue"("updatedAt");
