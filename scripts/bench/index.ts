/**
 * `npm run bench`: every performance target of the project, with the figures measured.
 * Database benches use TEST_DATABASE_URL / DATABASE_URL (a throwaway schema), else an embedded PGlite.
 */
import { benchAlertSweep } from "./alert-sweep";
import { benchImport } from "./import";
import { benchIncidentImpact } from "./incident-impact";
import { benchOptimizer } from "./optimizer";
import { benchOverviewSize } from "./overview-size";
import { benchSizing } from "./sizing";
import { benchSummary } from "./summary";
import { benchTreasuryAdvice } from "./treasury-advice";
import { benchVenues } from "./venues";

for (const bench of [benchSizing, benchSummary, benchOverviewSize, benchOptimizer, benchTreasuryAdvice, benchIncidentImpact, benchImport, benchVenues, benchAlertSweep]) {
  await bench();
  console.log();
}
