import { TRPC_ERROR_CODES_BY_KEY } from "@trpc/server/rpc";

type RefusalCode = "BAD_REQUEST" | "UNAUTHORIZED" | "PAYLOAD_TOO_LARGE";
const HTTP_STATUS: Record<RefusalCode, number> = { BAD_REQUEST: 400, UNAUTHORIZED: 401, PAYLOAD_TOO_LARGE: 413 };

/**
 * A refusal the route makes before tRPC runs, in tRPC's own error shape (one entry per call of a
 * batch), so the client reports it like any other error.
 */
export function trpcRefusal(code: RefusalCode, message: string, plan: { paths: string[]; isBatch: boolean }): Response {
  const httpStatus = HTTP_STATUS[code];
  const entry = (path: string) => ({ error: { message, code: TRPC_ERROR_CODES_BY_KEY[code], data: { code, httpStatus, path } } });
  const body = plan.isBatch ? plan.paths.map(entry) : entry(plan.paths[0] ?? "");
  return Response.json(body, { status: httpStatus, headers: { "cache-control": "no-store" } });
}
