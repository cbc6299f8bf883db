import type { PrismaClient } from "./generated/client";

export interface DatabaseHealth {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export async function checkDatabase(prisma: PrismaClient, timeoutMs = 2000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([prisma.$queryRaw`SELECT 1`, timeout]);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, latencyMs: Math.round(performance.now() - started), error: message };
  } finally {
    clearTimeout(timer);
  }
}

export interface HealthReport {
  status: 200 | 503;
  body: { status: "ok" | "degraded"; database: "up" | "down"; latencyMs: number };
}

/**
 * What /api/health answers. The client is fetched inside the check: a missing or malformed
 * DATABASE_URL is a database that is down (503), not a crash of the health endpoint (500).
 */
export async function healthReport(client: () => PrismaClient): Promise<HealthReport> {
  let db: DatabaseHealth;
  try {
    db = await checkDatabase(client());
  } catch (error) {
    db = { ok: false, latencyMs: 0, error: error instanceof Error ? error.message : String(error) };
  }
  return {
    status: db.ok ? 200 : 503,
    body: { status: db.ok ? "ok" : "degraded", database: db.ok ? "up" : "down", latencyMs: db.latencyMs },
  };
}
