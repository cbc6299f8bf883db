import { ZPositionFields } from "@/lib/schemas/position";
import { normalizeAmount, optional } from "./cells";
import { columnOfPath } from "./columns";
import { firstPerColumn, type Issue, type Source } from "./source";
import type { PositionRecord } from "./types";

export type RecordResult<T> = { record: T; issues?: undefined } | { record?: undefined; issues: Issue[] };

/** Validates one position with the form's schema, so rules and messages are the same. */
export function readPosition(src: Source): RecordResult<PositionRecord> {
  const quantity = optional(src.text("quantity"));
  const grade = optional(src.text("risk_grade"));
  const parsed = ZPositionFields.safeParse({
    label: src.text("label"),
    asset: src.text("asset"),
    assetKind: src.text("asset_kind").trim().toLowerCase(),
    chain: src.text("chain"),
    venueKind: src.text("venue_kind").trim().toLowerCase(),
    venue: src.text("venue"),
    valueUsd: normalizeAmount(src.text("value_usd")),
    quantity: quantity === null ? null : normalizeAmount(quantity),
    riskGrade: grade?.toUpperCase() ?? null,
    risks: src.list("risks").map((r) => r.toLowerCase()),
  });
  if (!parsed.success) {
    return { issues: firstPerColumn(parsed.error.issues.map((i) => ({ column: columnOfPath("positions", i.path), message: i.message }))) };
  }
  const p = parsed.data;
  return {
    record: {
      label: p.label, asset: p.asset, assetKind: p.assetKind, chain: p.chain, venueKind: p.venueKind, venue: p.venue,
      valueUsd: p.valueUsd, quantity: p.quantity ?? null, riskGrade: p.riskGrade ?? null, risks: p.risks ?? [],
    },
  };
}
