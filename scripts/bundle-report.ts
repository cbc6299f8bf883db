/**
 * `npm run bundle-report`: each route's first-load JS from the last build's route stats, raw
 * and gzip. Fails when any page route is over the budget (220 KiB gzip, DESIGN §15), or when the
 * dashboard, which the budget was first set for, is missing from the stats, or when the dashboard, the
 * catalog or the positions page ships the validator (zod) on first load: those pages only read. Run after `npm run build`.
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };

const BUDGET_BYTES = 220 * 1024;
const MUST_HAVE = ["/portfolios/[id]", "/portfolios/[id]/positions", "/providers"];
const statsFile = `${process.env.NEXT_DIST_DIR ?? ".next"}/diagnostics/route-bundle-stats.json`;
const stats = JSON.parse(readFileSync(statsFile, "utf8")) as RouteStats[];
const gzipCache = new Map<string, number>();
const gzipped = (path: string) => {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path) as number;
};
const kib = (bytes: number) => (bytes / 1024).toFixed(1);

const rows = stats
  .filter((s) => !s.route.startsWith("/api") && !s.route.startsWith("/_"))
  .map((s) => ({ route: s.route, rawKiB: kib(s.firstLoadUncompressedJsBytes), gzipBytes: s.firstLoadChunkPaths.reduce((sum, p) => sum + gzipped(p), 0) }))
  .sort((a, b) => a.route.localeCompare(b.route));
console.table(rows.map((r) => ({ route: r.route, "raw KiB": r.rawKiB, "gzip KiB": kib(r.gzipBytes), "of budget": `${Math.round((100 * r.gzipBytes) / BUDGET_BYTES)} %` })));
console.log(`budget: ${kib(BUDGET_BYTES)} KiB gzip of first-load JS for every page route`);
const over = rows.filter((r) => r.gzipBytes > BUDGET_BYTES);
for (const r of over) console.error(`${r.route}: ${kib(r.gzipBytes)} KiB gzip is over the ${kib(BUDGET_BYTES)} KiB budget`);
const missing = MUST_HAVE.filter((route) => !rows.some((r) => r.route === route));
for (const route of missing) console.error(`${route}: not in the build's route stats (renamed?); its budget cannot be checked`);
const ZOD_MARKER = "ZodError";
const shipsZod = stats
  .filter((s) => MUST_HAVE.includes(s.route))
  .filter((s) => s.firstLoadChunkPaths.some((p) => readFileSync(p, "utf8").includes(ZOD_MARKER)));
for (const s of shipsZod) console.error(`${s.route}: first-load JS includes zod (import enumerations from lib/schemas/values instead)`);
if (over.length > 0 || missing.length > 0 || shipsZod.length > 0) process.exitCode = 1;
