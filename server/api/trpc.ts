/**
 * tRPC initialisation: 1. context, 2. error formatting, 3. procedures.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import type { PrismaClient } from "@/server/db/generated/client";
import type { RateLimitStore } from "@/server/rate-limit/types";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { isTransactionTimeout } from "@/server/db/prisma-errors";
import { parseAlertKey } from "@/lib/schemas/alert";
import { ZId } from "@/lib/schemas/primitives";
import { allows, refusal, type AccessLevel } from "@/server/domain/access/roles";
import { membershipVia, type PortfolioVia } from "@/server/repositories/access-repository";
import type { ApiTokenGrant } from "@/server/domain/access/api-token";
import type { OpenApiMeta } from "trpc-to-openapi";
import { AppError, databaseBusy, notFound } from "./errors";

// 1. Context -----------------------------------------------------------------------------

export type SessionUser = { id: string; email?: string | null; name?: string | null };

export type Context = {
  db: PrismaClient;
  /** Resolved lazily: public procedures never pay for session decryption. */
  getSessionUser: () => Promise<SessionUser | null>;
  clientIp?: string;
  /** Defaults to the process-wide store (Redis when REDIS_URL is set). */
  rateLimits?: RateLimitStore;
  /** pg-boss's schema for jobs the procedures queue; defaults to the one of DATABASE_URL. */
  jobSchema?: string;
  /** Set when the call came through the REST API (`/api/v1`) with a token: its owner's rights, narrowed. */
  apiToken?: ApiTokenGrant;
};

export function createContextInner(ctx: Context): Context {
  return ctx;
}

// 2. Errors: zod issues become field errors; unexpected errors never leak internals ------

/**
 * Read by the HTTP route before it reads a body: `requiresSession` refuses an anonymous call
 * unread; `maxBodyBytes` raises the body cap for the procedures that take files.
 */
export type ProcedureMeta = OpenApiMeta<{
  requiresSession?: boolean;
  maxBodyBytes?: number;
  /** The portfolio the procedure acts on (named by its input) and what the caller's role must allow. */
  access?: { level: AccessLevel; via: PortfolioVia };
}>;

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    const fieldErrors = cause instanceof ZodError ? z.flattenError(cause).fieldErrors : undefined;
    const zodPaths = cause instanceof ZodError ? cause.issues.map((i) => ({ path: i.path.join("."), message: i.message })) : undefined;
    const field = error instanceof AppError ? error.field : undefined;
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: internal ? "Something went wrong on our side. Please try again." : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: field ? { [field]: [error.message] } : fieldErrors,
        issues: zodPaths,
        stack: process.env.NODE_ENV === "production" ? undefined : shape.data.stack,
      },
    };
  },
});

// 3. Procedures --------------------------------------------------------------------------

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

/** PostgreSQL text cannot hold NUL; refuse it up front instead of failing in the database. */
function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (depth > 20 || value === null || typeof value !== "object") return false;
  return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v, depth + 1));
}

export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  if (containsNul(await getRawInput())) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "Text may not contain NUL characters" });
  }
  const result = await next();
  // An outage or a timeout is the client's cue to retry (503), not a bug report (500).
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && isDatabaseUnavailable(result.error.cause)) {
    throw new AppError("SERVICE_UNAVAILABLE", "The database is briefly unavailable. Please retry in a few seconds.", undefined, 2);
  }
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && isTransactionTimeout(result.error.cause)) throw databaseBusy();
  return result;
});

export const protectedProcedure = publicProcedure.meta({ requiresSession: true }).use(async ({ ctx, meta, type, next }) => {
  const user = await ctx.getSessionUser();
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  if (ctx.apiToken) refuseOutsideTokenScope(ctx.apiToken, meta, type);
  return next({ ctx: { ...ctx, userId: user.id } });
});

/** DESIGN §14: a token reaches only the REST API's procedures, and a read token only its queries. */
function refuseOutsideTokenScope(token: ApiTokenGrant, meta: ProcedureMeta | undefined, type: string): void {
  if (!meta?.openapi) throw new AppError("FORBIDDEN", "This is not available with an API token.");
  if (type === "mutation" && token.scope !== "read-write") {
    throw new AppError("FORBIDDEN", "This token is read-only: create a read-write token in Settings → API tokens to change data.");
  }
}

/** The input field that names the portfolio (or a row of it), by kind. */
const FIELD_OF: Record<PortfolioVia, string> = {
  portfolioId: "portfolioId", portfolio: "id", position: "id", positionId: "positionId", cover: "id", quote: "id", shareLink: "id", invite: "id", alertKey: "key",
};

function portfolioRef(via: PortfolioVia, input: unknown): string | null {
  const value = input !== null && typeof input === "object" ? (input as Record<string, unknown>)[FIELD_OF[via]] : undefined;
  if (typeof value !== "string") return null;
  if (via === "alertKey") return parseAlertKey(value)?.portfolioId ?? null;
  return ZId.safeParse(value).success ? value : null;
}

/**
 * DESIGN §13: a procedure on a portfolio (or a row of it). Reads are filtered by membership in
 * their own queries — no query is added to them. Writes and management first look up the caller's
 * role, in one indexed query: a non-member gets NOT_FOUND (the portfolio does not exist for them),
 * a member whose role does not allow it FORBIDDEN, with a message. An input that does not even
 * name a row is left to the input's validation, which names the field. A token restricted to one
 * portfolio finds every other one NOT_FOUND, reads included (one query more, for tokens only).
 */
export function portfolioProcedure(level: AccessLevel, via: PortfolioVia) {
  return protectedProcedure.meta({ access: { level, via } }).use(async ({ ctx, getRawInput, next }) => {
    const onlyPortfolio = ctx.apiToken?.portfolioId ?? null;
    if (level === "read" && onlyPortfolio === null) return next();
    const ref = portfolioRef(via, await getRawInput());
    if (ref === null) return next();
    const membership = await membershipVia(ctx.db, ctx.userId, via, ref);
    if (!membership || (onlyPortfolio !== null && membership.portfolioId !== onlyPortfolio)) throw notFound(NOT_FOUND_SUBJECT[via]);
    if (!allows(membership.role, level)) throw new AppError("FORBIDDEN", refusal(membership.role, level));
    return next();
  });
}

const NOT_FOUND_SUBJECT: Record<PortfolioVia, string> = {
  portfolioId: "Portfolio", portfolio: "Portfolio", position: "Position", positionId: "Position", cover: "Cover", quote: "Quote",
  shareLink: "Share link", invite: "Invitation", alertKey: "Alert",
};
