import { getPrisma } from "@/server/db/client";
import { checkDatabase } from "@/server/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const db = await checkDatabase(getPrisma());
  const body = { status: db.ok ? "ok" : "degraded", database: db.ok ? "up" : "down", latencyMs: db.latencyMs };
  return Response.json(body, { status: db.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
