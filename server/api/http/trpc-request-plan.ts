import type { ProcedureMeta } from "@/server/api/trpc";
import { MAX_BATCH_CALLS } from "@/lib/trpc/batch-limit";
import { DEFAULT_BODY_LIMIT_BYTES } from "@/server/http/body-limits";

/** The meta of the procedure at a path, or undefined when there is none. */
export type MetaLookup = (path: string) => ProcedureMeta | undefined;

export type TrpcRequestPlan = {
  paths: string[];
  isBatch: boolean;
  /** Some call needs a session: an anonymous request is refused before its body is read. */
  requiresSession: boolean;
  /** The largest body any of its calls accepts. */
  maxBodyBytes: number;
  /** Set when the request is refused as it stands (too many calls). */
  refusal?: string;
};

/**
 * What the route must know about a tRPC request before reading its body, from its URL alone
 * (`/api/trpc/a.b,c.d?batch=1`). Unknown paths are left for tRPC to answer 404.
 */
export function planTrpcRequest(url: URL, endpoint: string, metaAt: MetaLookup): TrpcRequestPlan {
  const isBatch = url.searchParams.get("batch") === "1";
  const raw = url.pathname.slice(endpoint.length + 1);
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // tRPC refuses the malformed path itself.
  }
  const paths = isBatch ? decoded.split(",") : [decoded];
  const metas = paths.map(metaAt);
  const plan: TrpcRequestPlan = {
    paths,
    isBatch,
    requiresSession: metas.some((m) => m?.requiresSession === true),
    maxBodyBytes: Math.max(DEFAULT_BODY_LIMIT_BYTES, ...metas.map((m) => m?.maxBodyBytes ?? 0)),
  };
  if (isBatch && paths.length > MAX_BATCH_CALLS) {
    plan.refusal = `A request may batch at most ${MAX_BATCH_CALLS} calls; this one has ${paths.length}. Send them in several requests.`;
  }
  return plan;
}
