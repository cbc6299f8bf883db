import type { OpenApiMethod } from "trpc-to-openapi";
import type { ProcedureMeta } from "./trpc";

/**
 * DESIGN §14: a procedure's address in the REST API (`/api/v1` + path), read by trpc-to-openapi
 * for both the handler and the OpenAPI document. Every route needs a Bearer token.
 */
export function restRoute(method: OpenApiMethod, path: `/${string}`, summary: string, description?: string): ProcedureMeta {
  return { openapi: { method, path, summary, description, tags: [tagOf(path)], protect: true } };
}

/** Grouped in the reference by what they act on; a portfolio's views (summary, statement…) under portfolios. */
function tagOf(path: string): string {
  const last = path.split("/").filter((s) => s !== "" && !s.startsWith("{")).at(-1) ?? "";
  return ["positions", "covers", "alerts"].includes(last) ? last : "portfolios";
}
