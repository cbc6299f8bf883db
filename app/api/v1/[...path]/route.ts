import { handleRestRequest } from "@/server/api/rest/rest-handler";
import { getPrisma } from "@/server/db/client";
import { clientIpFrom } from "@/lib/client-ip";
import { logger, requestIdFrom } from "@/server/observability/logger";

async function handler(req: Request): Promise<Response> {
  const requestId = requestIdFrom(req.headers);
  const started = performance.now();
  const res = await handleRestRequest(req, { db: getPrisma(), clientIp: clientIpFrom(req.headers) });
  res.headers.set("x-request-id", requestId);
  res.headers.set("cache-control", "no-store");
  const path = new URL(req.url).pathname;
  logger.info({ requestId, method: req.method, path: path.length > 200 ? `${path.slice(0, 200)}…` : path, status: res.status, ms: Math.round(performance.now() - started) }, "rest");
  return res;
}

export { handler as GET, handler as POST, handler as PATCH, handler as PUT, handler as DELETE };
