import type { z } from "zod";
import type { TPosition } from "@/lib/schemas/position";
import { ZPositionFields } from "@/lib/schemas/position";
import type { ASSET_KINDS, RISK_GRADES, VENUE_KINDS } from "@/lib/schemas/primitives";
import { issuesByPath, normalizeMoney } from "./money-input";

/** What the inputs hold: strings, "" for an unchosen select. */
export type PositionFormValues = {
  label: string;
  asset: string;
  assetKind: (typeof ASSET_KINDS)[number] | "";
  chain: string;
  venueKind: (typeof VENUE_KINDS)[number] | "";
  venue: string;
  valueUsd: string;
  quantity: string;
  riskGrade: (typeof RISK_GRADES)[number] | "";
};

export type PositionInput = z.input<typeof ZPositionFields>;

export const EMPTY_POSITION: PositionFormValues = {
  label: "", asset: "", assetKind: "", chain: "", venueKind: "", venue: "", valueUsd: "", quantity: "", riskGrade: "",
};

export function positionToValues(p: TPosition): PositionFormValues {
  return {
    label: p.label, asset: p.asset, assetKind: p.assetKind, chain: p.chain, venueKind: p.venueKind, venue: p.venue,
    valueUsd: p.valueUsd, quantity: p.quantity ?? "", riskGrade: p.riskGrade ?? "",
  };
}

/** The input the server takes; an unchosen select is left for the schema to reject. */
export function toPositionInput(v: PositionFormValues): PositionInput {
  return {
    label: v.label,
    asset: v.asset,
    assetKind: v.assetKind as PositionInput["assetKind"],
    chain: v.chain,
    venueKind: v.venueKind as PositionInput["venueKind"],
    venue: v.venue,
    valueUsd: normalizeMoney(v.valueUsd),
    quantity: v.quantity.trim() === "" ? null : v.quantity.trim().replace(/,/g, ""),
    riskGrade: v.riskGrade === "" ? null : v.riskGrade,
  };
}

const CHOOSE: Partial<Record<keyof PositionFormValues, string>> = {
  assetKind: "Choose the kind of asset",
  venueKind: "Choose where the asset is held",
  venue: "Type the venue and choose it from the list, or keep it as an unlisted venue",
  chain: "Choose the chain",
};

/** Field → message, the same rules the server applies (ZPositionFields), in the user's words. */
export function validatePosition(v: PositionFormValues): Record<string, string> {
  const parsed = ZPositionFields.safeParse(toPositionInput(v));
  const errors = parsed.success ? {} : issuesByPath(parsed.error.issues);
  for (const [field, message] of Object.entries(CHOOSE)) {
    if (v[field as keyof PositionFormValues] === "") errors[field] = message;
  }
  if (v.valueUsd.trim() === "") errors.valueUsd = "Enter the value in USD, e.g. 100000";
  return errors;
}
