// Types of the seed catalog (prisma/seed-data/providers/*). Facts are copied from the research
// snapshot; everything else is a derivation that names the fact it comes from.
import type {
  ClaimsModel, CoverageType, DeductibleKind, ProductStatus, ProviderStatus, VenueKind,
} from "@/server/db/generated/enums";

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One researched fact (shared/data/providers.json, `as_of` → `asOf`). */
export type Fact = {
  value: JsonValue;
  source: string;
  asOf: string;
  note?: string;
  confidence?: "low" | "medium";
};

/**
 * Facts keyed by their path in providers.json ("kind", "capacity.0",
 * "pricing.typical_annual_premium_pct"); null = researched but not found.
 */
export type FactMap = Record<string, Fact | null>;

/** An unsourced remark of the research snapshot (e.g. "status_note"): kept, but not a fact. */
export type Remark = { key: string; text: string };

/**
 * A typed value derived from one fact. `from` is a key of `facts` ("product.<field>" for a
 * product's own stated field); null value = unknown. `note` says why this fact / this value.
 */
export type Derived<T> = { value: T | null; from: string | null; note?: string };
export type DerivedList<T> = { value: T[]; from: string | null; note?: string };

export type ProviderColumns = {
  kind: Derived<string>;
  status: { value: ProviderStatus; date: string | null; from: string | null };
  website: Derived<string>;
  docsUrl: Derived<string>;
  claimsModel: Derived<ClaimsModel>;
  kycRequired: Derived<boolean>;
  /** ISO 3166 alpha-2; [] = no exclusion list known. */
  regionsExcluded: DerivedList<string>;
  regulated: Derived<boolean>;
  jurisdiction: Derived<string>;
  foundedYear: Derived<number>;
  /** Decimal strings (USD, percent). */
  capacityUsd: Derived<string>;
  claimsPaidUsd: Derived<string>;
  premiumLowPct: Derived<string>;
  premiumHighPct: Derived<string>;
  auditCount: Derived<number>;
  chains: DerivedList<string>;
  coverageTypes: DerivedList<CoverageType>;
};

/** An EDITORIAL score (CoverDesk's judgement, 0-10): `basis` lists the facts it rests on. */
export type Editorial = { score: number; rationale: string; basis: string[] };

/** Where a product applies: venue slugs or "*" (any venue of venueKinds), chain slugs or "*". */
export type ProductScope = { venueKinds: VenueKind[]; venues: string[]; chains: string[]; rule: string };

export type ProductTerms = {
  premiumLowPct?: Derived<string>;
  premiumHighPct?: Derived<string>;
  deductible?: { kind: DeductibleKind; value: string; from: string; note?: string };
  minPeriodDays?: Derived<number>;
  maxPeriodDays?: Derived<number>;
  claimWindowDays?: Derived<number>;
  capacityUsd?: Derived<string>;
  minAmountUsd?: Derived<string>;
};

export type ProductSeed = {
  /** Stable, unique within the provider. */
  slug: string;
  /** Path of the product in providers.json ("products.0"). */
  from: string;
  name: string;
  coverageType: CoverageType;
  description: string | null;
  source: string;
  asOf: string;
  note: string | null;
  /** The product's own fields as researched (free text). */
  stated: { chains: string[] | null; annualPricePct: string | null; status: string | null };
  status: ProductStatus;
  statusRule: string;
  scope: ProductScope;
  /** Only the terms a fact states; everything else stays unknown. */
  terms: ProductTerms;
  /** Why a stated figure was not used as a term. */
  termNotes?: string[];
};

export type ProviderSeed = {
  slug: string;
  name: string;
  facts: FactMap;
  remarks: Remark[];
  columns: ProviderColumns;
  ux: Editorial;
  support: Editorial;
  products: ProductSeed[];
  /** Products with coverage_type null: not seeded as products, kept as facts under these keys. */
  skippedProducts: string[];
};

export type { ClaimsModel, CoverageType, DeductibleKind, ProductStatus, ProviderStatus, VenueKind };
