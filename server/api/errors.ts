import { TRPCError } from "@trpc/server";

type AppErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "UNAUTHORIZED" | "FORBIDDEN" | "TOO_MANY_REQUESTS" | "SERVICE_UNAVAILABLE";

/**
 * An error meant for the user: `message` is safe to show. `field` names the input field
 * at fault so forms can show it beside the field.
 */
export class AppError extends TRPCError {
  readonly field?: string;
  /** For TOO_MANY_REQUESTS and SERVICE_UNAVAILABLE: sent as the Retry-After header. */
  readonly retryAfterSec?: number;

  constructor(code: AppErrorCode, message: string, field?: string, retryAfterSec?: number) {
    super({ code, message });
    this.field = field;
    this.retryAfterSec = retryAfterSec;
  }
}

export const tooManyAttempts = (retryAfterSec: number) =>
  new AppError("TOO_MANY_REQUESTS", `Too many attempts. Try again in ${Math.ceil(retryAfterSec / 60)} minute(s).`, undefined, retryAfterSec);

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const badInput = (field: string, message: string) => new AppError("BAD_REQUEST", message, field);

/** Seconds a client should wait before retrying a write that ran out of time. */
export const BUSY_RETRY_AFTER_SEC = 10;

/** A transaction or statement timed out: the write was rolled back and is worth retrying (503). */
export const databaseBusy = () =>
  new AppError("SERVICE_UNAVAILABLE", "The database took too long to save this: nothing was saved. Please try again shortly.", undefined, BUSY_RETRY_AFTER_SEC);

/** A row the write links to was deleted meanwhile; `what` names it ("A linked position"). */
export const vanished = (what: string, field?: string) =>
  new AppError("CONFLICT", `${what} was deleted meanwhile: nothing was saved. Reload and try again.`, field);
