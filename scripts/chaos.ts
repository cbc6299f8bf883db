/**
 * `npm run chaos`: while a writer creates positions at a steady rate, restart the PostgreSQL
 * server. The app must answer 503 (health) or a retryable error during the outage, recover
 * within 5 s of the server's return, and keep every write it acknowledged. Loopback only.
 * Needs a build and DATABASE_URL; restarts the server with CHAOS_PG_STOP / CHAOS_PG_START
 * (default: pg_ctlcluster on this machine's cluster).
 */
import { execSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { signUp } from "@/server/services/account-service";
import { startAppUnderTest } from "./lib/app-under-test";
import { signInOverHttp } from "./lib/http-session";
import { runWriter, watchHealth } from "./lib/chaos-probes";

const OUTAGE_MS = Number(process.env.CHAOS_OUTAGE_MS ?? 4000);
const RECOVERY_LIMIT_MS = 5000;
const version = (() => { try { return readdirSync("/etc/postgresql")[0] ?? "15"; } catch { return "15"; } })();
const stopCmd = process.env.CHAOS_PG_STOP ?? `pg_ctlcluster --skip-systemctl-redirect ${version} main stop -m fast`;
const startCmd = process.env.CHAOS_PG_START ?? `pg_ctlcluster --skip-systemctl-redirect ${version} main start`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const app = await startAppUnderTest("chaos", Number(process.env.CHAOS_PORT ?? 3400));
let serverStopped = false;
try {
  const user = await signUp(app.prisma, { email: `chaos-${Date.now()}@chaos.coverdesk.test`, name: "Chaos", password: "chaos-test-password" });
  const portfolio = await app.prisma.portfolio.create({ data: { createdById: user.id, members: { create: { userId: user.id, role: "owner" } }, name: "Chaos" } });
  const cookie = await signInOverHttp(app.base, user.email, "chaos-test-password");

  const stopAll = { stop: false };
  const health = watchHealth(app.base, stopAll);
  const writer = runWriter(app.base, cookie, portfolio.id, stopAll);

  await sleep(3000);
  const downAt = Date.now();
  execSync(stopCmd, { stdio: "inherit" });
  serverStopped = true;
  await sleep(OUTAGE_MS);
  execSync(startCmd, { stdio: "inherit" });
  serverStopped = false;
  const upAt = Date.now();
  await sleep(RECOVERY_LIMIT_MS + 5000);
  stopAll.stop = true;
  const [healthLog, writes] = await Promise.all([health, writer]);

  const during = (t: number) => t >= downAt && t < upAt;
  const outageHealth = healthLog.filter((h) => during(h.at));
  const outageWrites = writes.filter((w) => during(w.at));
  const healthRecovery = (healthLog.find((h) => h.at >= upAt && h.status === 200)?.at ?? Infinity) - upAt;
  const writeRecovery = (writes.find((w) => w.at >= upAt && w.status === 200)?.at ?? Infinity) - upAt;
  const acked = writes.filter((w) => w.status === 200).map((w) => w.label);
  const stored = await app.prisma.position.count({ where: { portfolioId: portfolio.id, label: { in: acked } } });
  // outside the outage and its recovery allowance, every answer must be a success
  const steady = (t: number) => t < downAt || t >= upAt + RECOVERY_LIMIT_MS;
  const badSteady = [...healthLog, ...writes].filter((p) => steady(p.at) && p.status !== 200);
  const badOutage = [...outageHealth.filter((h) => h.status !== 503 && h.status !== 200), ...outageWrites.filter((w) => ![200, 503].includes(w.status))];

  console.log(`chaos: server down ${OUTAGE_MS} ms; ${writes.length} writes attempted, ${acked.length} acknowledged, ${stored} of them stored`);
  console.log(`chaos: during the outage health answered ${summarise(outageHealth.map((h) => h.status))}, writes ${summarise(outageWrites.map((w) => w.status))}`);
  console.log(`chaos: recovered ${healthRecovery} ms (health) and ${writeRecovery} ms (first write) after the server returned`);
  const problems = [
    stored !== acked.length && `${acked.length - stored} acknowledged writes are missing`,
    badOutage.length > 0 && `non-retryable answers during the outage: ${summarise(badOutage.map((b) => b.status))}`,
    !(healthRecovery <= RECOVERY_LIMIT_MS) && `health did not recover within ${RECOVERY_LIMIT_MS} ms`,
    !(writeRecovery <= RECOVERY_LIMIT_MS) && `writes did not recover within ${RECOVERY_LIMIT_MS} ms`,
    outageHealth.every((h) => h.status !== 503) && "health never reported the outage (503)",
    badSteady.length > 0 && `failed answers before the outage or after recovery: ${summarise(badSteady.map((b) => b.status))}`,
  ].filter(Boolean);
  if (problems.length > 0) {
    console.error(`chaos: FAILED — ${problems.join("; ")}`);
    process.exitCode = 1;
  } else {
    console.log("chaos: passed");
  }
} finally {
  if (serverStopped) execSync(startCmd, { stdio: "inherit" });
  await app.stop();
}

function summarise(statuses: number[]): string {
  const counts = new Map<number, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${n}× ${s || "no answer"}`).join(", ") || "nothing";
}
