/**
 * `npm run load`: autocannon on loopback against portfolio.overview and portfolio.summary (1,000
 * positions) and provider.list, next to an authenticated ping measured in the same run, and the
 * REST API's overview with a token (DESIGN §14: its token lookup should cost little). Target:
 * the overview at ≥ 0.5× the ping's throughput (DESIGN §15). Needs a build
 * (`npm run build`) and DATABASE_URL (a PostgreSQL server; a throwaway database is made there).
 */
import autocannon from "autocannon";
import { seedCatalog } from "@/prisma/seed";
import { startAppUnderTest } from "./lib/app-under-test";
import { signInOverHttp, trpcQueryUrl } from "./lib/http-session";
import { createLoadFixture } from "./lib/load-fixture";
import { createApiToken } from "@/server/services/api-token-service";

const DURATION = Number(process.env.LOAD_DURATION ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 20);
const OVERVIEW_TARGET = 0.5;

type Row = { target: string; reqPerSec: number; p50: number; p99: number; errors: number; non2xx: number };

async function hammer(target: string, url: string, headers: Record<string, string>): Promise<Row> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { target, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

// The web tier alone: no background worker competing for the two cores while it is measured.
// The API's per-token limit would answer most of a load test 429: lifted here, as e2e lifts sign-in's.
const app = await startAppUnderTest("load", Number(process.env.LOAD_PORT ?? 3300), { WORKER: "off", API_RATE_LIMIT_SCALE: "1000" });
try {
  await seedCatalog(app.prisma);
  const fixture = await createLoadFixture(app.prisma, 1000);
  const cookie = { cookie: await signInOverHttp(app.base, fixture.email, fixture.password) };
  const owner = await app.prisma.user.findFirstOrThrow({ where: { email: fixture.email }, select: { id: true } });
  const { token } = await createApiToken(app.prisma, owner.id, { name: "load", scope: "read" });
  const bearer = { authorization: `Bearer ${token}` };
  console.log(`load: ${CONNECTIONS} connections × ${DURATION} s per target on ${app.base}`);
  const rows = [
    await hammer("auth.ping (baseline)", trpcQueryUrl(app.base, "auth.ping"), cookie),
    await hammer("portfolio.overview (1,000 positions, 2,000 covers)", trpcQueryUrl(app.base, "portfolio.overview", { portfolioId: fixture.portfolioId, asOf: "2026-11-25" }), cookie),
    await hammer("REST GET /portfolios/{id}/overview (token)", `${app.base}/api/v1/portfolios/${fixture.portfolioId}/overview?asOf=2026-11-25`, bearer),
    await hammer("portfolio.summary (1,000 positions, 2,000 covers)", trpcQueryUrl(app.base, "portfolio.summary", { portfolioId: fixture.portfolioId, asOf: "2026-11-25" }), cookie),
    await hammer("provider.list", trpcQueryUrl(app.base, "provider.list"), cookie),
  ];
  const ping = rows[0]!.reqPerSec;
  console.table(rows.map((r) => ({ ...r, reqPerSec: Math.round(r.reqPerSec), "vs ping": (r.reqPerSec / ping).toFixed(2) })));
  const overviewRatio = rows[1]!.reqPerSec / ping;
  console.log(`load: portfolio.overview at ${overviewRatio.toFixed(2)}× the ping (target ≥ ${OVERVIEW_TARGET}): ${overviewRatio >= OVERVIEW_TARGET ? "met" : "missed"}`);
  console.log(`load: the REST overview at ${(rows[2]!.reqPerSec / rows[1]!.reqPerSec).toFixed(2)}× the tRPC overview`);
  const failed = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  if (failed.length > 0) {
    console.error(`load: errors in ${failed.map((r) => r.target).join(", ")}`);
    process.exitCode = 1;
  } else {
    console.log("load: 0 errors");
  }
} finally {
  await app.stop();
}
