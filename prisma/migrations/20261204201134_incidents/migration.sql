-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "venueName" TEXT NOT NULL,
    "venueSlug" TEXT,
    "chains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "CoverageType" NOT NULL,
    "lossUsd" DECIMAL(22,2),
    "lossText" TEXT,
    "rootCause" TEXT,
    "references" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "sourceLabel" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "sourceLicense" TEXT,
    "asOf" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Incident_date_id_idx" ON "Incident"("date" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Incident_venueSlug_idx" ON "Incident"("venueSlug");

-- CreateIndex
CREATE INDEX "Incident_kind_idx" ON "Incident"("kind");
