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

const started = Date.now();
try {
  await waitForHealthy(base, 180_000);
  const healthyAfter = ((Date.now() - started) / 1000).toFixed(1);
  const email = await signInAsDemo();
  console.log(`smoke: healthy after ${healthyAfter}s; signed in as ${email} over HTTP`);
} finally {
  if (app.pid) process.kill(-app.pid, "SIGTERM");
  await new Promise((r) => setTimeout(r, 1500));
  rmSync(dataDir, { recursive: true, force: true });
}
