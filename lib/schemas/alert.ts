import { z } from "zod";
import { ZBool, ZDay, ZId, wholeNumber } from "./primitives";

/** Position flags that surface as dashboard alerts (not_started and no_cover_market are only explained on the position page). */
export const POSITION_ALERT_CODES = [
  "expiring_soon", "expired", "claim_window_open", "uninsured", "under_insured", "over_insured", "scope_mismatch",
] as const;
export type TPositionAlertCode = (typeof POSITION_ALERT_CODES)[number];
export type TAlertCode = TPositionAlertCode | "provider_concentration" | "incident";

/**
 * What an alert key names. Keys are `portfolioId:positionId:code` for a position's alert,
 * `portfolioId:portfolio:provider_concentration:providerKey` for a concentration and
 * `portfolioId:portfolio:incident:incidentId` for an incident; ids never contain ":".
 */
export type TAlertTarget =
  | { portfolioId: string; positionId: string; code: TPositionAlertCode }
  | { portfolioId: string; providerKey: string; code: "provider_concentration" }
  | { portfolioId: string; incidentId: string; code: "incident" };

const idPart = ZId;
const providerPart = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/);
const incidentPart = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/);

export function alertKeyOf(target: TAlertTarget): string {
  if ("positionId" in target) return `${target.portfolioId}:${target.positionId}:${target.code}`;
  if ("incidentId" in target) return `${target.portfolioId}:portfolio:incident:${target.incidentId}`;
  return `${target.portfolioId}:portfolio:provider_concentration:${target.providerKey}`;
}

export function parseAlertKey(key: string): TAlertTarget | null {
  const parts = key.split(":");
  const [portfolioId = "", second = "", code = "", providerKey = ""] = parts;
  if (!idPart.safeParse(portfolioId).success) return null;
  if (parts.length === 4 && second === "portfolio" && code === "provider_concentration") {
    return providerPart.safeParse(providerKey).success ? { portfolioId, providerKey, code } : null;
  }
  if (parts.length === 4 && second === "portfolio" && code === "incident") {
    return incidentPart.safeParse(providerKey).success ? { portfolioId, incidentId: providerKey, code } : null;
  }
  const alertCode = z.enum(POSITION_ALERT_CODES).safeParse(code);
  if (parts.length !== 3 || !alertCode.success || !idPart.safeParse(second).success) return null;
  return { portfolioId, positionId: second, code: alertCode.data };
}

export const ZAlertKey = z
  .string()
  .max(300, "Not a valid alert")
  .refine((key) => parseAlertKey(key) !== null, "Not a valid alert");

export const ZAcknowledgeAlertInput = z.object({ key: ZAlertKey, until: ZDay });
export const ZUnacknowledgeAlertInput = z.object({ key: ZAlertKey });
export const ZListAlertAcksInput = z.object({ portfolioId: ZId });

/** An acknowledgement: the alert stays hidden up to and including `until`. */
export const ZAlertAck = z.object({ key: z.string(), until: z.string() });
export type TAlertAck = z.infer<typeof ZAlertAck>;

const ZAlertCode = z.enum([...POSITION_ALERT_CODES, "provider_concentration", "incident"]);
const ZSeverity = z.enum(["urgent", "warning", "notice"]);

export const ZAlertListInput = z.object({
  portfolioId: ZId,
  asOf: ZDay.optional(),
  includeAcknowledged: ZBool.optional(),
  /** Only this kind of alert (an expanded dashboard row). */
  code: ZAlertCode.optional(),
  /** Alerts carried per group; the rest are counted (default 5). */
  perGroup: wholeNumber(z.number().int().min(1).max(200)).optional(),
});

export const ZAlert = z.object({
  key: z.string(), code: ZAlertCode, severity: ZSeverity, portfolioId: z.string(),
  positions: z.array(z.object({ id: z.string(), label: z.string() })),
  covers: z.array(z.object({ id: z.string(), name: z.string() })),
  title: z.string(), detail: z.string(), until: z.string().nullable(), acknowledgedUntil: z.string().nullable(), amountUsd: z.string(),
});

export const ZAlertGroup = z.object({
  code: ZAlertCode, severity: ZSeverity, title: z.string(), count: z.number().int(), acknowledgedCount: z.number().int(),
  totalUsd: z.string().nullable(), until: z.string().nullable(), alerts: z.array(ZAlert),
});
export type TAlertGroup = z.infer<typeof ZAlertGroup>;

export const ZAlertList = z.object({
  asOf: z.string(), groups: z.array(ZAlertGroup), openCount: z.number().int(), acknowledgedCount: z.number().int(),
});
export type TAlertList = z.infer<typeof ZAlertList>;

/** Acknowledge every open alert of one code at once (the whole group, not just the few shown). */
export const ZAcknowledgeGroupInput = z.object({ portfolioId: ZId, code: ZAlertCode, until: ZDay, asOf: ZDay.optional() });
