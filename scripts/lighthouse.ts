/**
 * `npm run lighthouse`: Lighthouse (mobile, default throttling) three times per page on the
 * production build — built first if the sources changed — started by the real launcher on a fresh
 * embedded database with the demo account, signed in as the demo user. Prints the median
 * performance score, LCP, TBT and CLS and the accessibility score of the dashboard, the provider
 * catalog and the positions page. Targets (DESIGN §15): performance ≥ 0.95, accessibility 1.0.
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium. LIGHTHOUSE_RUNS changes the three runs.
 * LIGHTHOUSE_BASE_URL: measure a server that is already up with the demo account (e.g. an older build) instead.
 * LIGHTHOUSE_REPORT_DIR: also write each run's full report there (JSON), to see where the time goes.
 * LIGHTHOUSE_PAGES: a comma-separated subset of dashboard, catalog, positions.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { DEFAULT_DEMO_PASSWORD } from "@/prisma/seed-data/seed-demo";
import { DEMO_EMAIL } from "@/prisma/seed-data/demo-portfolio";
import { signInOverHttp, trpcQueryUrl, waitForHealthy } from "./lib/http-session";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3400);
const TARGET_PERFORMANCE = 0.95;
const external = process.env.LIGHTHOUSE_BASE_URL;
const base = external ?? `http://127.0.0.1:${PORT}`;
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;

type Run = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number };

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function audit(url: string, cookie: string, chromePort: number, reportName: string): Promise<Run> {
  const result = await lighthouse(url, {
    port: chromePort, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"],
    extraHeaders: { Cookie: cookie },
  });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  if (reportDir) {
    mkdirSync(reportDir, { recursive: true });
    writeFileSync(join(reportDir, `${reportName}.json`), JSON.stringify(lhr));
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: lhr.categories.performance?.score ?? 0,
    accessibility: lhr.categories.accessibility?.score ?? 0,
    lcpMs: numeric("largest-contentful-paint"), tbtMs: numeric("total-blocking-time"), cls: numeric("cumulative-layout-shift"),
  };
}

const dataDir = mkdtempSync(join(tmpdir(), "coverdesk-lighthouse-"));
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", COVERDESK_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
delete env.DATABASE_URL;
const app = external ? null : spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "inherit", "inherit"], detached: true });
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  await waitForHealthy(base, 10 * 60_000); // a build may run first
  const cookie = await signInOverHttp(base, DEMO_EMAIL, process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD);
  const list = (await (await fetch(trpcQueryUrl(base, "portfolio.list"), { headers: { cookie } })).json()) as { result: { data: { id: string }[] } };
  const portfolioId = list.result.data[0]?.id;
  if (!portfolioId) throw new Error("the demo account has no portfolio");
  const only = process.env.LIGHTHOUSE_PAGES?.split(",").map((p) => p.trim());
  const pages = ([
    ["dashboard", `/portfolios/${portfolioId}`],
    ["provider catalog", "/providers"],
    ["positions", `/portfolios/${portfolioId}/positions`],
  ] as const).filter(([name]) => !only || only.some((o) => name.includes(o)));
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  console.log(`lighthouse: mobile, default throttling, ${RUNS} runs per page, median shown; ${base}`);
  const rows = [];
  for (const [name, path] of pages) {
    await fetch(`${base}${path}`, { headers: { cookie } }); // the first request of a route compiles nothing, but warms the server's caches
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await audit(`${base}${path}`, cookie, chrome.port, `${name.replace(/\W+/g, "-")}-${i + 1}`));
    rows.push({
      page: name,
      performance: median(runs.map((r) => r.performance)),
      "LCP (ms)": Math.round(median(runs.map((r) => r.lcpMs))),
      "TBT (ms)": Math.round(median(runs.map((r) => r.tbtMs))),
      CLS: Number(median(runs.map((r) => r.cls)).toFixed(3)),
      accessibility: median(runs.map((r) => r.accessibility)),
      "all scores": runs.map((r) => r.performance).join(" "),
    });
  }
  console.table(rows);
  const missed = rows.filter((r) => r.performance < TARGET_PERFORMANCE || r.accessibility < 1);
  console.log(missed.length === 0
    ? `lighthouse: every page at performance ≥ ${TARGET_PERFORMANCE} and accessibility 1.0`
    : `lighthouse: below target: ${missed.map((r) => r.page).join(", ")} (performance ≥ ${TARGET_PERFORMANCE}, accessibility 1.0)`);
} finally {
  await chrome?.kill();
  if (app?.pid) {
    try { process.kill(-app.pid, "SIGTERM"); } catch { /* already gone */ }
  }
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dataDir, { recursive: true, force: true });
}
