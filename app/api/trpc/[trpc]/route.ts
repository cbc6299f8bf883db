import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, procedureMetaAt } from "@/server/api/root";
import { AppError } from "@/server/api/errors";
import { createHttpContext } from "@/server/api/http-context";
import { trpcRefusal } from "@/server/api/http/trpc-error-response";
import { planTrpcRequest } from "@/server/api/http/trpc-request-plan";
import { MAX_BATCH_CALLS } from "@/lib/trpc/batch-limit";
import { formatBytes } from "@/server/http/body-limits";
import { readBodyWithin } from "@/server/http/read-body";
import { logger, requestIdFrom } from "@/server/observability/logger";

const ENDPOINT = "/api/trpc";

/**
 * Before tRPC reads anything: too many calls → 400; an anonymous call to a protected procedure →
 * 401 with the body unread; a body over its cap → 413, read no further than the cap.
 */
async function guarded(req: Request): Promise<Response> {
  const plan = planTrpcRequest(new URL(req.url), ENDPOINT, procedureMetaAt);
  if (plan.refusal) return trpcRefusal("BAD_REQUEST", plan.refusal, plan);
  const ctx = createHttpContext(req);
  // A session check that fails (database down) is left to tRPC, which answers 503.
  if (plan.requiresSession && (await ctx.getSessionUser().catch(() => undefined)) === null) {
    return trpcRefusal("UNAUTHORIZED", "Please sign in", plan);
  }

  let forwarded = req;
  if (req.method !== "GET" && req.method !== "HEAD") {
    const read = await readBodyWithin(req, plan.maxBodyBytes);
    if (!read.ok) return trpcRefusal("PAYLOAD_TOO_LARGE", `The request body is too large: at most ${formatBytes(plan.maxBodyBytes)}.`, plan);
    const headers = new Headers(req.headers);
    headers.delete("content-length");
    headers.delete("transfer-encoding");
    forwarded = new Request(req.url, { method: req.method, headers, body: read.body as BodyInit });
  }

  return fetchRequestHandler({
    endpoint: ENDPOINT,
    req: forwarded,
    router: appRouter,
    maxBatchSize: MAX_BATCH_CALLS,
    createContext: () => ctx,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ requestId: requestIdFrom(req.headers), path, err: error.cause ?? error }, "procedure failed");
    },
    responseMeta({ errors }) {
      const limited = errors.find((e) => e instanceof AppError && e.retryAfterSec);
      if (!limited || !(limited instanceof AppError)) return {};
      return { headers: new Headers({ "Retry-After": String(limited.retryAfterSec) }) };
    },
  });
}

async function handler(req: Request): Promise<Response> {
  const requestId = requestIdFrom(req.headers);
  const started = performance.now();
  const res = await guarded(req);
  res.headers.set("x-request-id", requestId);
  const path = new URL(req.url).pathname.slice(ENDPOINT.length + 1);
  logger.info({ requestId, method: req.method, path: path.length > 200 ? `${path.slice(0, 200)}…` : path, status: res.status, ms: Math.round(performance.now() - started) }, "trpc");
  return res;
}

export { handler as GET, handler as POST };
