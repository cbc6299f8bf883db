import { z } from "zod";
import { checkCoverRules, MAX_LINKED_POSITIONS, ZCoverFields } from "@/lib/schemas/cover";
import { ZName, ZSlug } from "@/lib/schemas/primitives";
import { normalizeAmount, optional, wholeNumber } from "./cells";
import { columnOfPath } from "./columns";
import type { RecordResult } from "./position-record";
import { firstPerColumn, type Issue, type Source } from "./source";
import type { CoverRecord } from "./types";

/** The cover form's schema, with the catalog product named by slugs and positions by label. */
const ZCoverRecord = ZCoverFields.omit({ productId: true, positionIds: true })
  .extend({
    productSlug: ZSlug.nullable(),
    positions: z.array(ZName).max(MAX_LINKED_POSITIONS, `At most ${MAX_LINKED_POSITIONS} positions per cover`),
  })
  .superRefine((c, ctx) => {
    checkCoverRules({ startsAt: c.startsAt, expiresAt: c.expiresAt, productId: c.productSlug, productName: c.productName }, ctx);
    if (c.productSlug && !c.providerSlug) {
      ctx.addIssue({ code: "custom", path: ["providerSlug"], message: "Give the provider of this catalog product" });
    }
  });

function readDeductible(src: Source, issues: Issue[]): { kind: string; value: string } | null {
  const kind = optional(src.text("deductible_kind"));
  const value = optional(src.text("deductible_value"));
  if (kind === null && value === null) return null;
  if (kind === null || value === null) {
    const missing = kind === null ? "deductible_kind" : "deductible_value";
    issues.push({ column: missing, message: "Give both deductible_kind and deductible_value, or neither" });
    return null;
  }
  return { kind: kind.toLowerCase(), value: normalizeAmount(value) };
}

function readClaimWindow(src: Source, issues: Issue[]): number | null {
  const days = wholeNumber(src.text("claim_window_days"));
  if (typeof days !== "string") return days;
  issues.push({ column: "claim_window_days", message: "Whole days, e.g. 30" });
  return null;
}

/** Validates one cover with the cover form's rules; the catalog and labels are checked later. */
export function readCover(src: Source): RecordResult<CoverRecord> {
  const issues: Issue[] = [];
  const premium = optional(src.text("premium_usd"));
  const parsed = ZCoverRecord.safeParse({
    providerSlug: optional(src.text("provider_slug")),
    productSlug: optional(src.text("product_slug")),
    productName: optional(src.text("product_name")),
    coverageType: src.text("coverage_type").trim().toLowerCase(),
    amountUsd: normalizeAmount(src.text("amount_usd")),
    premiumUsd: premium === null ? null : normalizeAmount(premium),
    deductible: readDeductible(src, issues),
    startsAt: src.text("starts_at").trim(),
    expiresAt: src.text("expires_at").trim(),
    claimWindowDays: readClaimWindow(src, issues),
    venues: src.list("venues"),
    chains: src.list("chains"),
    status: optional(src.text("status"))?.toLowerCase() ?? "held",
    positions: [...new Set(src.list("positions"))],
  });
  if (!parsed.success) {
    for (const i of parsed.error.issues) issues.push({ column: columnOfPath("covers", i.path), message: i.message });
  }
  if (issues.length > 0 || !parsed.success) return { issues: firstPerColumn(issues) };
  const c = parsed.data;
  return {
    record: {
      providerSlug: c.providerSlug ?? null, productSlug: c.productSlug, productName: c.productName ?? null,
      coverageType: c.coverageType, amountUsd: c.amountUsd, premiumUsd: c.premiumUsd ?? null,
      deductible: c.deductible ?? null, startsAt: c.startsAt, expiresAt: c.expiresAt,
      claimWindowDays: c.claimWindowDays ?? null, venues: c.venues ?? [], chains: c.chains ?? [],
      status: c.status ?? "held", positions: c.positions,
    },
  };
}
