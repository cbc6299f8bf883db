// Seeds the provider catalog (idempotent) and, with --demo, the demo account.
// Usage: DATABASE_URL=postgres://… npx tsx prisma/seed.ts [--demo]
import { pathToFileURL } from "node:url";
import { PrismaClient } from "@/server/db/generated/client";
import { seedCatalog } from "./seed-data/seed-catalog";
import { seedDemo } from "./seed-data/seed-demo";
import { seedNexusListings } from "./seed-data/seed-nexus-listings";
import { seedIncidents } from "./seed-data/seed-incidents";
import { seedVenues } from "./seed-data/seed-venues";

export { seedCatalog, seedDemo, seedIncidents, seedNexusListings, seedVenues };
export { DEFAULT_DEMO_PASSWORD } from "./seed-data/seed-demo";
export { DEMO_EMAIL, DEMO_PORTFOLIO_NAME } from "./seed-data/demo-portfolio";

async function main(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  const { PrismaPg } = await import("@prisma/adapter-pg"); // loaded only when run as a script
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    const catalog = await seedCatalog(db);
    console.log(`catalog: ${catalog.providers} providers, ${catalog.products} products upserted`);
    const nexus = await seedNexusListings(db);
    console.log(`nexus listings: ${nexus.listings} products (${nexus.changed} new or changed, ${nexus.deprecated} marked deprecated)`);
    const venues = await seedVenues(db);
    console.log(`venues: ${venues.venues} (${venues.changed} new or changed)`);
    const incidents = await seedIncidents(db);
    console.log(`incidents: ${incidents.incidents} (${incidents.resolved} resolved to a venue, ${incidents.unresolved} unresolved; ${incidents.changed} new or changed)`);
    if (process.argv.includes("--demo")) {
      const demo = await seedDemo(db);
      console.log(`demo: ${demo.email} / ${demo.password} (${demo.created ? "created" : "already present"})`);
    }
  } finally {
    await db.$disconnect();
  }
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(entry).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
