/**
 * The attack tests run against the production build, started by the real launcher with the
 * real limits (AUTH_RATE_LIMIT_SCALE=1) and the in-memory rate-limit store, on a database of its
 * own: a fresh one on the PostgreSQL server of TEST_DATABASE_URL / DATABASE_URL, or else an
 * embedded PGlite in a temporary folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { adminQuery } from "@/scripts/lib/app-under-test";
import { waitForHealthy } from "@/scripts/lib/http-session";

declare module "vitest" {
  export interface ProvidedContext {
    attackBaseUrl: string;
    attackServerPid: number;
  }
}

/** Small enough that the flood tests overflow it. */
export const ATTACK_STORE_MAX_KEYS = 1_000;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = Number(process.env.ATTACK_PORT ?? 3210);
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  const env: NodeJS.ProcessEnv = {
    ...process.env, PORT: String(port), HOST: "127.0.0.1", SKIP_BUILD: "1", LOG_LEVEL: "warn",
    AUTH_RATE_LIMIT_SCALE: "1", RATE_LIMIT_MEMORY_MAX_KEYS: String(ATTACK_STORE_MAX_KEYS), TRUST_PROXY_HOPS: "",
    AUTH_SECRET: "attack-test-secret-not-for-production-0123456789",
  };
  delete env.REDIS_URL;
  // The production webhook policy: no loopback or private targets, https only.
  delete env.WEBHOOK_ALLOW_PRIVATE;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const name = `coverdesk_attack_${Date.now().toString(36)}_${process.pid}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    url.search = "";
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => void (await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  } else {
    delete env.DATABASE_URL;
    const dir = mkdtempSync(join(tmpdir(), "coverdesk-attack-"));
    env.COVERDESK_DATA_DIR = dir;
    dropDatabase = async () => rmSync(dir, { recursive: true, force: true });
  }
  const launcher: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(base, 90_000);
  } catch (error) {
    launcher.kill("SIGTERM");
    await dropDatabase();
    throw error;
  }
  project.provide("attackBaseUrl", base);
  project.provide("attackServerPid", serverPid(launcher.pid ?? 0));
  return async () => {
    if (launcher.exitCode === null) {
      const exited = new Promise((r) => launcher.once("exit", r));
      launcher.kill("SIGTERM");
      await exited;
    }
    await dropDatabase().catch(() => undefined);
  };
}

/** The app server is the launcher's child (server/http/serve.ts): its memory is what a flood would grow. */
function serverPid(launcherPid: number): number {
  try {
    const children = readFileSync(`/proc/${launcherPid}/task/${launcherPid}/children`, "utf8").trim().split(/\s+/).map(Number).filter(Boolean);
    return children.at(-1) ?? launcherPid;
  } catch {
    return launcherPid;
  }
}
