/**
 * Smoke run of the newcomer path: `npm start` with no DATABASE_URL, wait for /api/health,
 * sign in as the demo account over HTTP (next-auth's CSRF + credentials flow), stop it.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signInOverHttp, waitForHealthy } from "./lib/http-session";

const port = Number(process.env.SMOKE_PORT ?? 3200);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), "coverdesk-smoke-"));
const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), COVERDESK_DATA_DIR: dataDir };
delete env.DATABASE_URL;
delete env.AUTH_SECRET;

const app = spawn("npm", ["start"], { env, stdio: ["ignore", "pipe", "inherit"], detached: true });
let output = "";
app.stdout.on("data", (chunk: Buffer) => {
  output += chunk.toString();
  process.stdout.write(chunk);
});

/** The banner with the demo password comes once seeding is done, which may be after /api/health is up. */
async function demoPassword(timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const password = /password:\s*(\S+)/i.exec(output)?.[1];
    if (password) return password;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("npm start did not print the demo password");
}

async function signInAsDemo(): Promise<string> {
  const password = await demoPassword(60_000);
  await signInOverHttp(base, "demo@coverdesk.local", password);
  return "demo@coverdesk.local";
}

const STOP_DEADLINE_MS = 30_000;
const started = Date.now();
try {
  await waitForHealthy(base, 180_000);
  const healthyAfter = ((Date.now() - started) / 1000).toFixed(1);
  const email = await signInAsDemo();
  console.log(`smoke: healthy after ${healthyAfter}s; signed in as ${email} over HTTP`);
} finally {
  // Ctrl-C must stop everything `npm start` started (server, worker, embedded database), promptly.
  const exited = new Promise<boolean>((resolve) => {
    if (app.exitCode !== null || app.signalCode !== null) resolve(true);
    else app.once("exit", () => resolve(true));
  });
  if (app.pid) process.kill(-app.pid, "SIGTERM");
  const stopped = await Promise.race([exited, new Promise<boolean>((r) => setTimeout(() => r(false), STOP_DEADLINE_MS))]);
  if (!stopped) {
    console.error(`smoke: npm start was still running ${STOP_DEADLINE_MS / 1000} s after SIGTERM`);
    if (app.pid) process.kill(-app.pid, "SIGKILL");
    process.exitCode = 1;
  } else {
    console.log("smoke: stopped cleanly on SIGTERM");
  }
  rmSync(dataDir, { recursive: true, force: true });
}
