import { TRPCError } from "@trpc/server";

type AppErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "UNAUTHORIZED" | "TOO_MANY_REQUESTS" | "SERVICE_UNAVAILABLE";

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
