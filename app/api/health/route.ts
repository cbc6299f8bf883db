import { getPrisma } from "@/server/db/client";
import { healthReport } from "@/server/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const { status, body } = await healthReport(getPrisma);
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
