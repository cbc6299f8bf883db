-- CreateEnum
CREATE TYPE "PremiumKind" AS ENUM ('published', 'minimum', 'initial');

-- AlterTable
ALTER TABLE "Cover" ADD COLUMN     "priceLabel" TEXT;

-- AlterTable
ALTER TABLE "CoverProduct" ADD COLUMN     "premiumAsOf" TEXT,
ADD COLUMN     "premiumKind" "PremiumKind";

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "maxLoading" DECIMAL(5,2);

-- CreateTable
CREATE TABLE "Quote" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "ratePct" DECIMAL(7,4) NOT NULL,
    "amountUsd" DECIMAL(22,2),
    "periodDays" INTEGER,
    "quotedAt" DATE NOT NULL,
    "validUntil" DATE,
    "note" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Quote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Quote_portfolioId_quotedAt_idx" ON "Quote"("portfolioId", "quotedAt");

-- CreateIndex
CREATE INDEX "Quote_productId_idx" ON "Quote"("productId");

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Quote" ADD CONSTRAINT "Quote_productId_fkey" FOREIGN KEY ("productId") REFERENCES "CoverProduct"("id") ON DELETE CASCADE ON UPDATE CASCADE;
