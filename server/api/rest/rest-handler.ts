import { createOpenApiFetchHandler } from "trpc-to-openapi";
import { appRouter } from "@/server/api/root";
import { AppError } from "@/server/api/errors";
import type { Context } from "@/server/api/trpc";
import { readBearer, type ApiTokenGrant } from "@/server/domain/access/api-token";
import { authenticateApiToken, type ApiTokenCheck } from "@/server/services/api-token-service";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { DEFAULT_BODY_LIMIT_BYTES, formatBytes } from "@/server/http/body-limits";
import { readBodyWithin } from "@/server/http/read-body";
import { rateLimitStore } from "@/server/rate-limit/auth-limits";
import type { RateLimitStore } from "@/server/rate-limit/types";
import type { PrismaClient } from "@/server/db/generated/client";
import { logger } from "@/server/observability/logger";
import { REST_BASE_PATH } from "./openapi-document";
import { BEARER_CHALLENGE, restError } from "./rest-error";
import { REST_RULES, restRuleKeys } from "./rest-limits";

export type RestDeps = { db: PrismaClient; clientIp?: string; rateLimits?: RateLimitStore; jobSchema?: string; now?: () => Date };

/**
 * DESIGN §14: `/api/v1/…`, served by trpc-to-openapi from the same procedures the app calls, so
 * validation, errors and role checks are the app's own. Only a Bearer token authenticates here:
 * the session cookie is never read, so a page on another site cannot drive the API with it.
 */
export async function handleRestRequest(req: Request, deps: RestDeps): Promise<Response> {
  const limits = deps.rateLimits ?? rateLimitStore();
  const bearer = readBearer(req.headers.get("authorization"));
  if (bearer.kind === "missing") {
    const why = req.headers.get("cookie")
      ? "Cookies are not accepted on /api/v1: send an API token as Authorization: Bearer cdk_… (Settings → API tokens)."
      : "Send an API token as Authorization: Bearer cdk_… (Settings → API tokens).";
    return restError(401, "UNAUTHORIZED", why, BEARER_CHALLENGE);
  }

  const ipHit = await limits.hit(restRuleKeys.perIp(deps.clientIp), REST_RULES.perIp.limit, REST_RULES.perIp.windowSec);
  if (!ipHit.allowed) return tooMany(ipHit.retryAfterSec);

  let check: ApiTokenCheck | null = null;
  try {
    if (bearer.kind === "token") check = await authenticateApiToken(deps.db, bearer.token, deps.now?.() ?? new Date());
  } catch (error) {
    // An outage is the client's cue to retry (503), as for the procedures themselves.
    if (!isDatabaseUnavailable(error)) throw error;
    return restError(503, "SERVICE_UNAVAILABLE", "The database is briefly unavailable. Please retry in a few seconds.", { "Retry-After": "2" });
  }
  if (!check?.ok) {
    const failures = await limits.hit(restRuleKeys.failuresPerIp(deps.clientIp), REST_RULES.failuresPerIp.limit, REST_RULES.failuresPerIp.windowSec);
    if (!failures.allowed) return tooMany(failures.retryAfterSec);
    const message = bearer.kind === "malformed" ? bearer.reason
      : check?.reason === "expired" ? "This API token has expired: create a new one in Settings → API tokens."
        : "This API token is not valid: it may have been revoked. Create a new one in Settings → API tokens.";
    return restError(401, "UNAUTHORIZED", message, BEARER_CHALLENGE);
  }

  const tokenHit = await limits.hit(restRuleKeys.perToken(check.grant.tokenId), REST_RULES.perToken.limit, REST_RULES.perToken.windowSec);
  if (!tokenHit.allowed) return tooMany(tokenHit.retryAfterSec);

  let forwarded = req;
  if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "DELETE") {
    const read = await readBodyWithin(req, DEFAULT_BODY_LIMIT_BYTES);
    if (!read.ok) return restError(413, "PAYLOAD_TOO_LARGE", `The request body is too large: at most ${formatBytes(DEFAULT_BODY_LIMIT_BYTES)}.`);
    const headers = new Headers(req.headers);
    headers.delete("content-length");
    headers.delete("transfer-encoding");
    forwarded = new Request(req.url, { method: req.method, headers, body: read.body as BodyInit });
  }

  const ctx = tokenContext(check.grant, deps);
  return createOpenApiFetchHandler({
    endpoint: REST_BASE_PATH,
    req: forwarded,
    router: appRouter,
    createContext: () => ctx,
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") logger.error({ path, err: error.cause ?? error }, "REST procedure failed");
    },
    responseMeta({ errors }) {
      const limited = errors.find((e): e is AppError => e instanceof AppError && e.retryAfterSec !== undefined);
      return limited ? { headers: { "Retry-After": String(limited.retryAfterSec) } } : {};
    },
  });
}

function tokenContext(grant: ApiTokenGrant, deps: RestDeps): Context {
  const user = { id: grant.userId };
  return { db: deps.db, getSessionUser: async () => user, clientIp: deps.clientIp, rateLimits: deps.rateLimits, jobSchema: deps.jobSchema, apiToken: grant };
}

function tooMany(retryAfterSec: number): Response {
  return restError(429, "TOO_MANY_REQUESTS", `Too many requests. Try again in ${retryAfterSec} second(s).`, { "Retry-After": String(retryAfterSec) });
}
