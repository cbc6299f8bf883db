// npm run catalog:report [-- --today=YYYY-MM-DD]: per provider, its facts by freshness (DESIGN §9).
import { catalogFreshness, formatFreshnessReport, nexusListingsFreshness } from "@/prisma/seed-data/catalog-freshness";
import { loadProviders } from "@/prisma/seed-data/provider-catalog";

const arg = process.argv.find((a) => a.startsWith("--today="))?.slice("--today=".length);
if (arg !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(arg)) {
  console.error(`--today must be YYYY-MM-DD, got "${arg}"`);
  process.exit(2);
}
const today = arg ?? new Date().toISOString().slice(0, 10);
console.log(formatFreshnessReport([...catalogFreshness(loadProviders(), today), nexusListingsFreshness(today)], today));
