/**
 * fast-check generators of small random portfolios for the property tests: every deductible
 * kind, scopes that match and miss (empty lists too), explicit risk lists (empty too), covers
 * before, around and after asOf, zero and huge values (so the BigInt paths run), unknown
 * position ids. Not imported by production code.
 */
import fc from "fast-check";
import { formatDay, parseDay } from "./days";
import {
  RISK_TYPES,
  type AssetKind,
  type Deductible,
  type RiskType,
  type SizingCoverInput,
  type SizingInput,
  type SizingPositionInput,
  type VenueKind,
} from "./types";

export const PROPERTY_AS_OF = "2025-06-01";
const AS_OF_DAY = parseDay(PROPERTY_AS_OF, "asOf");

const VENUE_KINDS: VenueKind[] = ["defi", "cex", "custodian", "wallet"];
const ASSET_KINDS: AssetKind[] = ["stablecoin", "lst", "native", "other"];
const VENUES = ["aave-v3", "lido", "coinbase", "bitgo"];
const CHAINS = ["ethereum", "base", "solana"];
const PROVIDERS = ["nexus-mutual", "insurace", "neptune", undefined];
const COMMON_RISKS: RiskType[] = ["protocol_exploit", "depeg", "custody_theft", "exchange_halt", "slashing"];

/** Money as users type it or the database returns it: whole dollars, cents, a third decimal to round, zero, huge. */
export const moneyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 100_000 }).map(String) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(2)) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 1_000_000 }).map((mills) => (mills / 1000).toFixed(3)) },
  { weight: 1, arbitrary: fc.constant("0") },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((cents) => (cents / 100).toFixed(8)) }, // Decimal(22, 8)
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1_000_000_000 }).map((millions) => `${millions}000.07`) },
);

const deductibleArb: fc.Arbitrary<Deductible | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constantFrom("pct_of_loss" as const, "pct_of_cover" as const),
      // round percentages make exact half cents (and so the rounding rule) common
      value: fc.oneof(
        fc.constantFrom("0", "2.5", "5", "10", "25", "50", "100"),
        fc.integer({ min: 0, max: 10_000 }).map((hundredths) => (hundredths / 100).toString()),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("fixed_usd" as const), value: moneyArb }) },
);

function dayString(offset: number): string {
  return formatDay(AS_OF_DAY + offset);
}

const positionShapeArb = fc.record({
  valueUsd: moneyArb,
  venueKind: fc.constantFrom(...VENUE_KINDS),
  venue: fc.constantFrom(...VENUES),
  chain: fc.constantFrom(...CHAINS),
  assetKind: fc.constantFrom(...ASSET_KINDS),
  risks: fc.option(fc.uniqueArray(fc.constantFrom(...RISK_TYPES), { maxLength: 3 }), { freq: 8, nil: undefined }),
});

function positionsArb(maxPositions: number): fc.Arbitrary<SizingPositionInput[]> {
  return fc.array(positionShapeArb, { minLength: 1, maxLength: maxPositions }).map((shapes) =>
    shapes.map((shape, index) => ({ id: `p${index}`, asset: "X", ...shape })),
  );
}

function coverArb(positionIds: string[], id: string): fc.Arbitrary<SizingCoverInput> {
  const linkable = [...positionIds, "unknown-position"];
  return fc
    .record({
      providerSlug: fc.constantFrom(...PROVIDERS),
      coverageType: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...COMMON_RISKS) }, fc.constantFrom(...RISK_TYPES)),
      amountUsd: moneyArb,
      deductible: deductibleArb,
      start: fc.integer({ min: -400, max: 400 }),
      length: fc.integer({ min: 1, max: 400 }),
      positionIds: fc.array(fc.constantFrom(...linkable), { minLength: 1, maxLength: 4 }),
      // an empty list given matches nothing (unlike an absent one)
      venues: fc.option(fc.subarray([...VENUES, "*"]), { freq: 3, nil: undefined }),
      chains: fc.option(fc.subarray(CHAINS), { freq: 3, nil: undefined }),
      claimWindowDays: fc.option(fc.integer({ min: 0, max: 90 }), { nil: undefined }),
    })
    .map(({ start, length, ...rest }) => ({
      id,
      ...rest,
      startsAt: dayString(start),
      expiresAt: dayString(start + length),
    }));
}

const settingsArb = fc.option(
  fc.record({
    targetRatio: fc.constantFrom(0.5, 0.8, 1),
    expiringDays: fc.integer({ min: 0, max: 60 }),
    minUninsuredUsd: fc.constantFrom("0", "1000", "25.50"),
    timelineDays: fc.integer({ min: 0, max: 800 }),
  }),
  { nil: undefined },
);

export function portfolioArb(maxPositions = 8, maxCovers = 10): fc.Arbitrary<SizingInput> {
  return positionsArb(maxPositions).chain((positions) => {
    const ids = positions.map((position) => position.id);
    return fc.record({
      asOf: fc.constant(PROPERTY_AS_OF),
      positions: fc.constant(positions),
      covers: fc
        .integer({ min: 0, max: maxCovers })
        .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => coverArb(ids, `c${index}`)))),
      settings: settingsArb,
    });
  });
}

/** A portfolio and one more cover for it (id "extra"). */
export function portfolioWithExtraCoverArb(): fc.Arbitrary<{ input: SizingInput; extra: SizingCoverInput }> {
  return portfolioArb().chain((input) =>
    coverArb(
      input.positions.map((position) => position.id),
      "extra",
    ).map((extra) => ({ input, extra })),
  );
}

/**
 * One or two DeFi positions (primary risk protocol_exploit) with 2–6 counting covers of that
 * type from two providers or none, often beyond the exposure: several covers of several
 * providers paying one position, where byProvider's per-cover rounding shows.
 */
export function stackedCoversArb(): fc.Arbitrary<SizingInput> {
  const stackedCoverArb = fc.record({
    providerSlug: fc.constantFrom("nexus-mutual", "insurace", undefined),
    amountUsd: moneyArb,
    deductible: deductibleArb,
    linked: fc.constantFrom<string[]>(["p0"], ["p1"], ["p0", "p1"]),
  });
  return fc
    .record({
      values: fc.array(moneyArb, { minLength: 1, maxLength: 2 }),
      covers: fc.array(stackedCoverArb, { minLength: 2, maxLength: 6 }),
    })
    .map(({ values, covers }) => ({
      asOf: PROPERTY_AS_OF,
      positions: values.map((valueUsd, index) => ({
        id: `p${index}`,
        valueUsd,
        venueKind: "defi" as const,
        venue: "aave-v3",
        chain: "ethereum",
        asset: "X",
        assetKind: "other" as const,
      })),
      covers: covers.map(({ linked, ...rest }, index) => ({
        id: `c${index}`,
        coverageType: "protocol_exploit" as const,
        startsAt: dayString(-10),
        expiresAt: dayString(100),
        positionIds: [...linked],
        ...rest,
      })),
    }));
}

/** Whole cents as money with two decimals, exactly: 123456 → "1234.56". */
function centsString(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
}

/**
 * One position insured within a few cents of where its ratio, rounded to 4 decimals, reaches
 * the target (exact ratio target − 0.00005): the boundary of under_insured.
 */
export function nearTargetRatioArb(): fc.Arbitrary<SizingInput> {
  return fc
    .record({
      valueCents: fc.integer({ min: 1, max: 10_000_000_000 }),
      target: fc.constantFrom(0.5, 0.8, 1),
      offset: fc.integer({ min: -3, max: 3 }),
    })
    .map(({ valueCents, target, offset }) => {
      const edge = Math.ceil((valueCents * (Math.round(target * 100_000) - 5)) / 100_000);
      const insuredCents = Math.min(valueCents, Math.max(0, edge + offset));
      return {
        asOf: PROPERTY_AS_OF,
        positions: [
          {
            id: "p0",
            valueUsd: centsString(valueCents),
            venueKind: "defi" as const,
            venue: "aave-v3",
            chain: "ethereum",
            asset: "X",
            assetKind: "other" as const,
          },
        ],
        covers: [
          {
            id: "c0",
            coverageType: "protocol_exploit" as const,
            amountUsd: centsString(insuredCents),
            startsAt: dayString(-10),
            expiresAt: dayString(100),
            positionIds: ["p0"],
          },
        ],
        settings: { targetRatio: target },
      };
    });
}
