-- CreateTable
CREATE TABLE "Venue" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "VenueKind" NOT NULL,
    "isFamily" BOOLEAN NOT NULL DEFAULT false,
    "children" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "family" TEXT,
    "category" TEXT NOT NULL,
    "chains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "otherChains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "url" TEXT,
    "tvlUsd" DECIMAL(22,2),
    "tvlRank" INTEGER,
    "source" TEXT NOT NULL,
    "asOf" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "Venue_kind_idx" ON "Venue"("kind");
