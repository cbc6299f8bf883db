import type { PrismaClient } from "@/server/db/generated/client";

const TABLES = [
  "User", "Portfolio", "Position", "Cover", "CoverPosition", "AlertAck", "Quote", "Provider", "CoverProduct", "Incident",
  "NotificationPreference", "AlertNotice", "EmailMessage", "Webhook", "WebhookDelivery", "ApiToken",
];

/** One hash of every row of every table: equal fingerprints mean nothing was written. */
export async function dbFingerprint(db: PrismaClient): Promise<string> {
  const parts = TABLES.map((t) => `(SELECT md5(COALESCE(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x)`);
  const rows = await db.$queryRawUnsafe<{ f: string }[]>(`SELECT md5(concat_ws(',', ${parts.join(", ")})) AS f`);
  return rows[0]?.f ?? "";
}
