import type { TShareLink } from "@/lib/schemas/share";

/** The latest expiry day the form offers: a year from today (the server checks it too). */
export function latestExpiryDay(today: string): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + 365 * 86_400_000).toISOString().slice(0, 10);
}

export const STATUS_LABELS: Record<TShareLink["status"], string> = { active: "Active", expired: "Expired", revoked: "Revoked" };

/** The tRPC error code of a failed call, if any. */
export function errorCode(error: unknown): string | undefined {
  return (error as { data?: { code?: string } } | null)?.data?.code;
}
