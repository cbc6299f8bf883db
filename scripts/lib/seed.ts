export interface SeedOutcome {
  catalog: { providers: number; products: number; venues: number; nexusListings: number; incidents: number } | null;
  demo: { email: string; password: string; created: boolean } | null;
}

/** The catalog always (idempotent); the demo account only when asked (the embedded default). */
export async function runSeeds(databaseUrl: string, opts: { demo: boolean }): Promise<SeedOutcome> {
  let seeds: typeof import("@/prisma/seed");
  try {
    seeds = await import("@/prisma/seed");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_MODULE_NOT_FOUND" || !String(error).includes("seed")) throw error;
    console.warn("[start] prisma/seed.ts is missing: the database is not seeded.");
    return { catalog: null, demo: null };
  }
  const { createPrismaClient } = await import("@/server/db/client");
  const prisma = createPrismaClient(databaseUrl, { poolSize: 2 });
  try {
    const providers = await seeds.seedCatalog(prisma);
    const nexus = await seeds.seedNexusListings(prisma);
    const venues = await seeds.seedVenues(prisma);
    const incidents = await seeds.seedIncidents(prisma); // after the venues: it resolves against them
    const catalog = { ...providers, products: providers.products + nexus.listings, nexusListings: nexus.listings, venues: venues.venues, incidents: incidents.incidents };
    const demo = opts.demo ? await seeds.seedDemo(prisma) : null;
    return { catalog, demo };
  } finally {
    await prisma.$disconnect();
  }
}
