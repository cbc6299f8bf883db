/**
 * tRPC initialisation: 1. context, 2. error formatting, 3. procedures.
 */
import { initTRPC, TRPCError } from "@trpc/server";
import { z, ZodError } from "zod";
import type { PrismaClient } from "@/server/db/generated/client";
import type { RateLimitStore } from "@/server/rate-limit/types";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { isTransactionTimeout } from "@/server/db/prisma-errors";
import { AppError, databaseBusy } from "./errors";

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
};

export function createContextInner(ctx: Context): Context {
  return ctx;
}

// 2. Errors: zod issues become field errors; unexpected errors never leak internals ------

/**
 * Read by the HTTP route before it reads a body: `requiresSession` refuses an anonymous call
 * unread; `maxBodyBytes` raises the body cap for the procedures that take files.
 */
export type ProcedureMeta = { requiresSession?: boolean; maxBodyBytes?: number };

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

export const protectedProcedure = publicProcedure.meta({ requiresSession: true }).use(async ({ ctx, next }) => {
  const user = await ctx.getSessionUser();
  if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: "Please sign in" });
  return next({ ctx: { ...ctx, userId: user.id } });
});
