-- CreateEnum
CREATE TYPE "VenueKind" AS ENUM ('defi', 'cex', 'custodian', 'wallet');

-- CreateEnum
CREATE TYPE "AssetKind" AS ENUM ('stablecoin', 'lst', 'native', 'other');

-- CreateEnum
CREATE TYPE "CoverageType" AS ENUM ('protocol_exploit', 'depeg', 'custody_theft', 'exchange_halt', 'slashing', 'bridge', 'oracle', 'parametric_other', 'fund_portfolio', 'audit_bundled');

-- CreateEnum
CREATE TYPE "ClaimsModel" AS ENUM ('discretionary_vote', 'parametric', 'automated_rules', 'insurer_adjusted', 'custodian_policy');

-- CreateEnum
CREATE TYPE "DeductibleKind" AS ENUM ('pct_of_loss', 'pct_of_cover', 'fixed_usd');

-- CreateEnum
CREATE TYPE "CoverStatus" AS ENUM ('held', 'draft');

-- CreateEnum
CREATE TYPE "ProviderStatus" AS ENUM ('active', 'wound_down', 'unknown');

-- CreateEnum
CREATE TYPE "ProductStatus" AS ENUM ('active', 'deprecated', 'unknown');

-- CreateEnum
CREATE TYPE "RiskGrade" AS ENUM ('A', 'B', 'C', 'D', 'E', 'F');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "region" TEXT,
    "kycOk" BOOLEAN NOT NULL DEFAULT true,
    "weights" JSONB,
    "targetRatio" DECIMAL(5,4) NOT NULL DEFAULT 0.8,
    "gradeProbabilities" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Portfolio" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Portfolio_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "asset" TEXT NOT NULL,
    "assetKind" "AssetKind" NOT NULL,
    "chain" TEXT NOT NULL,
    "venueKind" "VenueKind" NOT NULL,
    "venue" TEXT NOT NULL,
    "valueUsd" DECIMAL(22,8) NOT NULL,
    "quantity" DECIMAL(38,18),
    "riskGrade" "RiskGrade",
    "risks" "CoverageType"[] DEFAULT ARRAY[]::"CoverageType"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Provider" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT,
    "status" "ProviderStatus" NOT NULL DEFAULT 'unknown',
    "statusDate" TEXT,
    "website" TEXT,
    "docsUrl" TEXT,
    "claimsModel" "ClaimsModel",
    "kycRequired" BOOLEAN,
    "regionsExcluded" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "regulated" BOOLEAN,
    "jurisdiction" TEXT,
    "foundedYear" INTEGER,
    "capacityUsd" DECIMAL(22,2),
    "claimsPaidUsd" DECIMAL(22,2),
    "premiumLowPct" DECIMAL(7,4),
    "premiumHighPct" DECIMAL(7,4),
    "auditCount" INTEGER,
    "chains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "coverageTypes" "CoverageType"[] DEFAULT ARRAY[]::"CoverageType"[],
    "uxScore" DECIMAL(4,2),
    "uxRationale" TEXT,
    "supportScore" DECIMAL(4,2),
    "supportRationale" TEXT,
    "facts" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverProduct" (
    "id" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "coverageType" "CoverageType" NOT NULL,
    "status" "ProductStatus" NOT NULL DEFAULT 'unknown',
    "description" TEXT,
    "venues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "venueKinds" "VenueKind"[] DEFAULT ARRAY[]::"VenueKind"[],
    "chains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "premiumLowPct" DECIMAL(7,4),
    "premiumHighPct" DECIMAL(7,4),
    "deductibleKind" "DeductibleKind",
    "deductibleValue" DECIMAL(22,8),
    "minPeriodDays" INTEGER,
    "maxPeriodDays" INTEGER,
    "claimWindowDays" INTEGER,
    "capacityUsd" DECIMAL(22,2),
    "minAmountUsd" DECIMAL(22,2),
    "claimsModel" "ClaimsModel",
    "kycRequired" BOOLEAN,
    "source" TEXT,
    "asOf" TEXT,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoverProduct_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cover" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "productId" TEXT,
    "providerSlug" TEXT,
    "productName" TEXT,
    "coverageType" "CoverageType" NOT NULL,
    "amountUsd" DECIMAL(22,8) NOT NULL,
    "premiumUsd" DECIMAL(22,8),
    "deductibleKind" "DeductibleKind",
    "deductibleValue" DECIMAL(22,8),
    "venues" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "chains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "claimWindowDays" INTEGER,
    "startsAt" DATE NOT NULL,
    "expiresAt" DATE NOT NULL,
    "status" "CoverStatus" NOT NULL DEFAULT 'held',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Cover_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverPosition" (
    "coverId" TEXT NOT NULL,
    "positionId" TEXT NOT NULL,

    CONSTRAINT "CoverPosition_pkey" PRIMARY KEY ("coverId","positionId")
);

-- CreateTable
CREATE TABLE "AlertAck" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "alertKey" TEXT NOT NULL,
    "until" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AlertAck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Portfolio_userId_createdAt_idx" ON "Portfolio"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Portfolio_userId_name_key" ON "Portfolio"("userId", "name");

-- CreateIndex
CREATE INDEX "Position_portfolioId_createdAt_idx" ON "Position"("portfolioId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Position_portfolioId_label_key" ON "Position"("portfolioId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "Provider_slug_key" ON "Provider"("slug");

-- CreateIndex
CREATE INDEX "Provider_status_idx" ON "Provider"("status");

-- CreateIndex
CREATE INDEX "CoverProduct_coverageType_idx" ON "CoverProduct"("coverageType");

-- CreateIndex
CREATE UNIQUE INDEX "CoverProduct_providerId_slug_key" ON "CoverProduct"("providerId", "slug");

-- CreateIndex
CREATE INDEX "Cover_portfolioId_status_idx" ON "Cover"("portfolioId", "status");

-- CreateIndex
CREATE INDEX "Cover_productId_idx" ON "Cover"("productId");

-- CreateIndex
CREATE INDEX "CoverPosition_positionId_idx" ON "CoverPosition"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "AlertAck_userId_alertKey_key" ON "AlertAck"("userId", "alertKey");

-- AddForeignKey
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Position" ADD CONSTRAINT "Position_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverProduct" ADD CONSTRAINT "CoverProduct_providerId_fkey" FOREIGN KEY ("providerId") REFERENCES "Provider"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cover" ADD CONSTRAINT "Cover_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cover" ADD CONSTRAINT "Cover_productId_fkey" FOREIGN KEY ("productId") REFERENCES "CoverProduct"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverPosition" ADD CONSTRAINT "CoverPosition_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "Cover"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverPosition" ADD CONSTRAINT "CoverPosition_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AlertAck" ADD CONSTRAINT "AlertAck_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
