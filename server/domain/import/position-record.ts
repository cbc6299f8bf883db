import { ZPositionFields } from "@/lib/schemas/position";
import { venueKey, type VenueResolver } from "@/server/domain/venues";
import { normalizeAmount, optional } from "./cells";
import { columnOfPath } from "./columns";
import { firstPerColumn, type Issue, type Source } from "./source";
import type { PositionRecord } from "./types";

/** `warnings`: what the user should know about a row that is imported all the same. */
export type RecordResult<T> = { record: T; issues?: undefined; warnings?: Issue[] } | { record?: undefined; issues: Issue[] };

const KIND_NAMES = { defi: "a DeFi protocol", cex: "an exchange", custodian: "a custodian", wallet: "a wallet" } as const;

/**
 * The venue cell as a slug: a catalog venue found by slug, alias, family or name ("Aave V3" →
 * aave-v3), else the text made a slug and kept, with a warning that it is unlisted. An empty
 * venue_kind is taken from the catalog; one that differs from it is kept, with a warning.
 */
function readVenue(src: Source, resolve: VenueResolver | undefined): { venue: string; venueKind: string; warnings: Issue[] } {
  const typed = src.text("venue").trim();
  const venueKind = src.text("venue_kind").trim().toLowerCase();
  if (!resolve || typed === "") return { venue: typed, venueKind, warnings: [] };
  const match = resolve(typed);
  if (!match) {
    const slug = venueKey(typed);
    return { venue: slug, venueKind, warnings: [{ column: "venue", message: `"${typed}" is not in the venue catalog: imported as the unlisted venue "${slug}"` }] };
  }
  if (venueKind === "") return { venue: match.slug, venueKind: match.kind, warnings: [] };
  const warnings = venueKind !== match.kind && venueKind in KIND_NAMES
    ? [{ column: "venue_kind", message: `${match.name} is ${KIND_NAMES[match.kind]} in the venue catalog; kept as ${venueKind}` }]
    : [];
  return { venue: match.slug, venueKind, warnings };
}

/**
 * Validates one position with the form's schema, so rules and messages are the same. With a
 * venue catalog, the venue may be written as people name it (see readVenue).
 */
export function readPosition(src: Source, venues?: VenueResolver): RecordResult<PositionRecord> {
  const quantity = optional(src.text("quantity"));
  const grade = optional(src.text("risk_grade"));
  const { venue, venueKind, warnings } = readVenue(src, venues);
  const parsed = ZPositionFields.safeParse({
    label: src.text("label"),
    asset: src.text("asset"),
    assetKind: src.text("asset_kind").trim().toLowerCase(),
    chain: src.text("chain"),
    venueKind,
    venue,
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
    warnings: warnings.length > 0 ? warnings : undefined,
  };
}
