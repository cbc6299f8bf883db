import { TRPCError } from "@trpc/server";

type AppErrorCode = "NOT_FOUND" | "CONFLICT" | "BAD_REQUEST" | "UNAUTHORIZED" | "TOO_MANY_REQUESTS";

/**
 * An error meant for the user: `message` is safe to show. `field` names the input field
 * at fault so forms can show it beside the field.
 */
export class AppError extends TRPCError {
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, field?: string) {
    super({ code, message });
    this.field = field;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
export const badInput = (field: string, message: string) => new AppError("BAD_REQUEST", message, field);
