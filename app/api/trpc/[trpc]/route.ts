import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { AppError } from "@/server/api/errors";
import { createHttpContext } from "@/server/api/http-context";
import { logger, requestIdFrom } from "@/server/observability/logger";

async function handler(req: Request): Promise<Response> {
  const requestId = requestIdFrom(req.headers);
  const started = performance.now();
  const log = logger.child({ requestId });
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createHttpContext(req),
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") log.error({ path, err: error.cause ?? error }, "procedure failed");
    },
    responseMeta({ errors }) {
      const limited = errors.find((e) => e instanceof AppError && e.retryAfterSec);
      if (!limited || !(limited instanceof AppError)) return {};
      return { headers: new Headers({ "Retry-After": String(limited.retryAfterSec) }) };
    },
  });
  res.headers.set("x-request-id", requestId);
  const path = new URL(req.url).pathname.slice("/api/trpc/".length);
  log.info({ method: req.method, path, status: res.status, ms: Math.round(performance.now() - started) }, "trpc");
  return res;
}

export { handler as GET, handler as POST };
