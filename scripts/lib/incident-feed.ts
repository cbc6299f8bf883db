// INCIDENT_FEED_URL (DESIGN §11): the incident import of `npm run incidents:import`, run at start
// (the worker runs it daily too: server/jobs/worker.ts). A failing feed never stops the app.
import type { UpsertCounts } from "@/prisma/seed-data/seed-incidents";
import { importIncidents, readSource } from "../incidents-import";

export async function importIncidentFeed(databaseUrl: string, source: string): Promise<UpsertCounts> {
  const { createPrismaClient } = await import("@/server/db/client");
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    return await importIncidents(prisma, JSON.parse(await readSource(source)) as unknown);
  } finally {
    await prisma.$disconnect();
  }
}
