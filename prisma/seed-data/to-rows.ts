// Maps the seed catalog (validated JSON files) to row data for the bulk upserts.
import type { Prisma } from "@/server/db/generated/client";
import { DERIVED_FROM_KEY, type TDerivedFrom } from "@/lib/schemas/provider";
import type { Fact, ProductSeed, ProviderColumns, ProviderSeed } from "./types";

const REMARK_NOTE = "Unsourced remark in the research snapshot (not a fact).";

type Derivation = { from: string | null; note?: string };
const derivation = (d: Derivation): Derivation => (d.note ? { from: d.from, note: d.note } : { from: d.from });

/** Which fact each typed column and product term was read from, so the UI can show its source. */
export function derivedFrom(p: ProviderSeed): TDerivedFrom {
  const columns = Object.fromEntries(Object.entries(p.columns).map(([k, d]) => [k, derivation(d)]));
  const products = Object.fromEntries(p.products.map((pr) => [pr.slug, {
    path: pr.from,
    terms: Object.fromEntries(Object.entries(pr.terms).flatMap(([k, t]) => (t ? [[k, derivation(t)]] : []))),
  }]));
  return { columns, products, editorial: { ux: p.ux.basis, support: p.support.basis } };
}

/** A fact as stored: its review trail (updatedFrom, previous) stays in the data file. */
function storedFact({ value, source, asOf, note, confidence }: Fact): Prisma.InputJsonObject {
  return { value, source, asOf, ...(note === undefined ? {} : { note }), ...(confidence === undefined ? {} : { confidence }) } as Prisma.InputJsonObject;
}

/**
 * Provider.facts: every fact by key (null = not found), remarks with a null source, and the
 * derivations under the reserved DERIVED_FROM_KEY (not a fact; the API returns it separately).
 */
export function factsJson(p: ProviderSeed): Prisma.InputJsonObject {
  const facts = Object.fromEntries(Object.entries(p.facts).map(([key, f]) => [key, f && storedFact(f)]));
  const remarks = Object.fromEntries(
    p.remarks.map((r) => [r.key, { value: r.text, source: null, asOf: null, note: REMARK_NOTE }]),
  );
  return { ...facts, ...remarks, [DERIVED_FROM_KEY]: derivedFrom(p) };
}

const editorial = (rationale: string) => `Editorial: ${rationale}`;

export function providerRow(p: ProviderSeed) {
  const c = p.columns;
  return {
    slug: p.slug,
    name: p.name,
    kind: c.kind.value,
    status: c.status.value,
    statusDate: c.status.date,
    website: c.website.value,
    docsUrl: c.docsUrl.value,
    claimsModel: c.claimsModel.value,
    kycRequired: c.kycRequired.value,
    regionsExcluded: c.regionsExcluded.value,
    regulated: c.regulated.value,
    jurisdiction: c.jurisdiction.value,
    foundedYear: c.foundedYear.value,
    capacityUsd: c.capacityUsd.value,
    claimsPaidUsd: c.claimsPaidUsd.value,
    premiumLowPct: c.premiumLowPct.value,
    premiumHighPct: c.premiumHighPct.value,
    auditCount: c.auditCount.value,
    chains: c.chains.value,
    coverageTypes: c.coverageTypes.value,
    uxScore: String(p.ux.score),
    uxRationale: editorial(p.ux.rationale),
    supportScore: String(p.support.score),
    supportRationale: editorial(p.support.rationale),
    facts: factsJson(p),
  };
}

/** CoverProduct.note: the researched note, then how CoverDesk mapped scope and terms. */
export function productNote(p: ProductSeed): string {
  const t = p.terms;
  const termNotes = [
    t.deductible && `Deductible ${t.deductible.kind} ${t.deductible.value} from ${t.deductible.from}${t.deductible.note ? `: ${t.deductible.note}` : ""}.`,
    ...(["capacityUsd", "minAmountUsd", "minPeriodDays", "maxPeriodDays", "claimWindowDays"] as const).map((k) => {
      const d = t[k];
      return d?.note ? `${k} from ${d.from}: ${d.note}.` : null;
    }),
    ...(p.termNotes ?? []).map((n) => `${n}.`),
  ];
  return [p.note, `Scope (CoverDesk mapping): ${p.scope.rule}.`, ...termNotes].filter(Boolean).join(" ");
}

export function productRow(p: ProductSeed, provider: ProviderColumns) {
  const t = p.terms;
  return {
    slug: p.slug,
    name: p.name,
    coverageType: p.coverageType,
    status: p.status,
    description: p.description,
    venues: p.scope.venues,
    venueKinds: p.scope.venueKinds,
    chains: p.scope.chains,
    premiumLowPct: t.premiumLowPct?.value ?? null,
    premiumHighPct: t.premiumHighPct?.value ?? null,
    premiumKind: null,
    premiumAsOf: null,
    deductibleKind: t.deductible?.kind ?? null,
    deductibleValue: t.deductible?.value ?? null,
    minPeriodDays: t.minPeriodDays?.value ?? null,
    maxPeriodDays: t.maxPeriodDays?.value ?? null,
    claimWindowDays: t.claimWindowDays?.value ?? null,
    capacityUsd: t.capacityUsd?.value ?? null,
    minAmountUsd: t.minAmountUsd?.value ?? null,
    claimsModel: provider.claimsModel.value,
    kycRequired: provider.kycRequired.value,
    source: p.source,
    asOf: p.asOf,
    note: productNote(p),
  };
}
