-- CreateEnum
CREATE TYPE "PortfolioRole" AS ENUM ('owner', 'editor', 'viewer');

-- DropForeignKey
ALTER TABLE "Portfolio" DROP CONSTRAINT "Portfolio_userId_fkey";

-- DropIndex
DROP INDEX "AlertAck_portfolioId_idx";

-- DropIndex
DROP INDEX "AlertAck_userId_alertKey_key";

-- AlterTable
ALTER TABLE "Portfolio" ALTER COLUMN "userId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PortfolioMember" (
    "portfolioId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "PortfolioRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortfolioMember_pkey" PRIMARY KEY ("portfolioId","userId")
);

-- CreateTable
CREATE TABLE "PortfolioInvite" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "PortfolioRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortfolioInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShareLink" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "hideAmounts" BOOLEAN NOT NULL DEFAULT false,
    "expiresAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShareLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "portfolioId" TEXT NOT NULL,
    "userId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "changes" JSONB NOT NULL,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PortfolioMember_userId_idx" ON "PortfolioMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "PortfolioInvite_tokenHash_key" ON "PortfolioInvite"("tokenHash");

-- CreateIndex
CREATE INDEX "PortfolioInvite_portfolioId_createdAt_idx" ON "PortfolioInvite"("portfolioId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ShareLink_tokenHash_key" ON "ShareLink"("tokenHash");

-- CreateIndex
CREATE INDEX "ShareLink_portfolioId_createdAt_idx" ON "ShareLink"("portfolioId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_portfolioId_at_idx" ON "AuditEntry"("portfolioId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_portfolioId_entity_at_idx" ON "AuditEntry"("portfolioId", "entity", "at");

-- CreateIndex
CREATE INDEX "AlertAck_userId_idx" ON "AlertAck"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "AlertAck_portfolioId_alertKey_key" ON "AlertAck"("portfolioId", "alertKey");

-- AddForeignKey
ALTER TABLE "Portfolio" ADD CONSTRAINT "Portfolio_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioMember" ADD CONSTRAINT "PortfolioMember_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioMember" ADD CONSTRAINT "PortfolioMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortfolioInvite" ADD CONSTRAINT "PortfolioInvite_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareLink" ADD CONSTRAINT "ShareLink_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_portfolioId_fkey" FOREIGN KEY ("portfolioId") REFERENCES "Portfolio"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Every existing portfolio's creator becomes its owner (DESIGN §13).
INSERT INTO "PortfolioMember" ("portfolioId", "userId", "role")
SELECT id, "userId", 'owner' FROM "Portfolio" WHERE "userId" IS NOT NULL
ON CONFLICT DO NOTHING;
