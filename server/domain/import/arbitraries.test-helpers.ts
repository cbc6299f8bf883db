import fc from "fast-check";
import {
  ASSET_KINDS, COVER_STATUSES, COVERAGE_TYPES, DEDUCTIBLE_KINDS, RISK_GRADES, VENUE_KINDS,
} from "@/lib/schemas/primitives";
import type { CoverRecord, PositionRecord } from "./types";

/** Records as the importer returns them (already normalised), with awkward text on purpose. */

const awkward = fc.constantFrom("=", "+", "-", "@", "'", ",", ";", '"', "\n", " ", "é", "金", "🏦", "\t");
const text = (maxLength: number) =>
  fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 4 }), awkward), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join("").trim().slice(0, maxLength).trim())
    .filter((s) => s.length > 0);

export const label = text(120);
/** Linked labels are split on | in CSV: the documented limit. */
export const linkableLabel = label.filter((s) => !s.includes("|"));

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,19}$/);
const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
const money = fc.tuple(digits(1, 13), fc.option(digits(1, 8), { nil: undefined }))
  .map(([int, frac]) => (frac ? `${int}.${frac}` : int));
const percent = fc.integer({ min: 0, max: 10000 }).map((n) => (n % 100 ? (n / 100).toFixed(2) : String(n / 100)));
const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }).map((t) => new Date(t - (t % 86_400_000)));
const iso = (d: Date) => d.toISOString().slice(0, 10);

export const positionRecord = (labels: fc.Arbitrary<string> = label): fc.Arbitrary<PositionRecord> => fc.record({
  label: labels,
  asset: fc.stringMatching(/^[A-Za-z0-9.$-]{1,20}$/),
  assetKind: fc.constantFrom(...ASSET_KINDS),
  chain: slug,
  venueKind: fc.constantFrom(...VENUE_KINDS),
  venue: slug,
  valueUsd: money,
  quantity: fc.option(money, { nil: null }),
  riskGrade: fc.option(fc.constantFrom(...RISK_GRADES), { nil: null }),
  risks: fc.uniqueArray(fc.constantFrom(...COVERAGE_TYPES), { maxLength: 3 }),
});

const deductible = fc.option(
  fc.constantFrom(...DEDUCTIBLE_KINDS).chain((kind) => (kind === "fixed_usd" ? money : percent).map((value) => ({ kind, value }))),
  { nil: null },
);

export const coverRecord = (labels: fc.Arbitrary<string[]>): fc.Arbitrary<CoverRecord> => fc.record({
  providerSlug: fc.option(slug, { nil: null }),
  productSlug: fc.option(slug, { nil: null }),
  productName: fc.option(text(120), { nil: null }),
  coverageType: fc.constantFrom(...COVERAGE_TYPES),
  amountUsd: money,
  premiumUsd: fc.option(money, { nil: null }),
  deductible,
  startsAt: day,
  days: fc.integer({ min: 1, max: 2000 }),
  claimWindowDays: fc.option(fc.integer({ min: 0, max: 3650 }), { nil: null }),
  venues: fc.array(fc.oneof(slug, fc.constant("*")), { maxLength: 3 }),
  chains: fc.array(slug, { maxLength: 3 }),
  status: fc.constantFrom(...COVER_STATUSES),
  positions: labels,
}).map(({ startsAt, days, providerSlug, productSlug, productName, ...rest }) => ({
  ...rest,
  // A catalog product needs its provider; a cover needs a product or a name.
  providerSlug: productSlug ? providerSlug ?? "some-provider" : providerSlug,
  productSlug,
  productName: productSlug ? productName : productName ?? "Policy",
  startsAt: iso(startsAt),
  expiresAt: iso(new Date(startsAt.getTime() + days * 86_400_000)),
}));
