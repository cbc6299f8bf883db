// Unit checks of the seed catalog: facts kept with their sources, every derived column traceable
// to a fact (no invented figures), vocabularies respected, editorial scores explained.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CoverageType, VenueKind } from "@/server/db/generated/enums";
import { CHAIN_SLUGS, chainSlugsOf } from "./chains";
import { loadProviders } from "./provider-catalog";
import { COUNTRY_CODES } from "./regions";
import { DERIVED_FROM_KEY, PRODUCT_TERMS, PROVIDER_COLUMNS, ZDerivedFrom } from "@/lib/schemas/provider";
import { factsJson, productRow, providerRow } from "./to-rows";
import type { Derived, Fact, ProductSeed, ProviderSeed } from "./types";

const PROVIDERS = loadProviders();
const RESEARCH = fileURLToPath(new URL("../../../shared/data/providers.json", import.meta.url));
const COVERAGE = new Set<string>(Object.values(CoverageType));
const VENUE_KINDS = new Set<string>(Object.values(VenueKind));
const regionName = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** Every number a fact value states: numbers, and figures written in text ("2,000", "2.6-10"). */
function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (typeof value === "string") return (value.match(/\d[\d,]*(\.\d+)?/g) ?? []).map((s) => Number(s.replaceAll(",", "")));
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

function factOf(p: ProviderSeed, key: string | null): Fact {
  const fact = key ? p.facts[key] : null;
  if (!fact) throw new Error(`${p.slug}: derived from missing fact ${key}`);
  return fact;
}

function expectStated(p: ProviderSeed, label: string, d: Derived<string | number>, product?: ProductSeed) {
  if (d.value === null) return;
  const stated = d.from === "product.annual_price_pct" && product ? product.stated.annualPricePct : factOf(p, d.from).value;
  expect(numbersIn(stated), `${p.slug} ${label} ${d.value} not in ${d.from}`).toContain(Number(d.value));
}

/** providers.json entry → { path: fact (as_of → asOf) | null | remark text }, as the seed files store it. */
function flattenResearch(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (v: unknown, path: string): void => {
    if (v === null || typeof v === "string") out[path] = v;
    else if (Array.isArray(v)) {
      if (v.length === 0) out[path] = null;
      v.forEach((x, i) => walk(x, `${path}.${i}`));
    } else if (v && typeof v === "object" && "source" in v) {
      const { as_of: asOf, ...rest } = v as Record<string, unknown>;
      out[path] = { ...rest, asOf };
    } else if (v && typeof v === "object") Object.entries(v).forEach(([k, x]) => walk(x, `${path}.${k}`));
  };
  Object.entries(entry).filter(([k]) => !["id", "name", "products"].includes(k)).forEach(([k, v]) => walk(v, k));
  return out;
}

const each = (fn: (p: ProviderSeed) => void) => () => PROVIDERS.forEach(fn);

describe("seed catalog", () => {
  it("has the 18 researched providers with unique slugs", () => {
    expect(PROVIDERS).toHaveLength(18);
    expect(new Set(PROVIDERS.map((p) => p.slug)).size).toBe(18);
  });

  it.skipIf(!existsSync(RESEARCH))("keeps every researched fact verbatim (parity with providers.json)", () => {
    const research = JSON.parse(readFileSync(RESEARCH, "utf8")) as Record<string, unknown>[];
    expect(PROVIDERS.map((p) => [p.slug, p.name])).toEqual(research.map((r) => [r.id, r.name]));
    PROVIDERS.forEach((p, i) => {
      const facts = Object.fromEntries(Object.entries(p.facts).flatMap(([k, f]): [string, unknown][] => {
        if (k.startsWith("products.")) return [];
        if (f?.updatedFrom) return f.previous ? [[k, f.previous]] : []; // newer than the snapshot: checked below
        return [[k, f]];
      }));
      const remarks = Object.fromEntries(p.remarks.map((r) => [r.key, r.text]));
      expect({ ...facts, ...remarks }, p.slug).toEqual(flattenResearch(research[i] ?? {}));
    });
  });

  it("gives every fact a source and an as-of date, or null", each((p) => {
    for (const [key, f] of Object.entries(p.facts)) {
      if (f === null) continue;
      expect(f.source, `${p.slug} ${key}`).toMatch(/^https?:\/\//);
      expect(f.asOf.length, `${p.slug} ${key}`).toBeGreaterThan(0);
      expect(Object.keys(f).every((k) => ["value", "source", "asOf", "note", "confidence", "updatedFrom", "previous"].includes(k))).toBe(true);
    }
  }));

  it("derives numeric columns only from numbers stated in their fact", each((p) => {
    const c = p.columns;
    for (const k of ["capacityUsd", "claimsPaidUsd", "premiumLowPct", "premiumHighPct", "foundedYear"] as const) expectStated(p, k, c[k]);
    if (c.premiumLowPct.value !== null && c.premiumHighPct.value !== null) {
      expect(Number(c.premiumLowPct.value)).toBeLessThanOrEqual(Number(c.premiumHighPct.value));
    }
    if (c.auditCount.value !== null) {
      const audits = factOf(p, c.auditCount.from).value as unknown[];
      const entries = audits.filter((a) => !(a && typeof a === "object" && "bug_bounty" in a));
      expect(c.auditCount.value, p.slug).toBe(entries.length);
    }
  }));

  it("derives the other columns from their fact", each((p) => {
    const c = p.columns;
    for (const [col, key] of [["kind", "kind"], ["website", "website"], ["docsUrl", "docs_url"], ["jurisdiction", "jurisdiction"], ["claimsModel", "claims_model"]] as const) {
      expect(c[col].value, `${p.slug} ${col}`).toEqual(p.facts[key]?.value ?? null);
    }
    const kyc = p.facts.kyc_required?.value;
    expect(c.kycRequired.value).toBe(kyc === "yes" ? true : kyc === "no" ? false : null);
    const state = (p.facts.status?.value as { state?: string } | undefined)?.state;
    expect(c.status.value).toBe(!state ? "unknown" : state.startsWith("active") ? "active" : "wound_down");
    expect(c.coverageTypes.value).toEqual(p.facts.coverage_types?.value ?? []);
    expect(c.chains.value).toEqual(chainSlugsOf(p.facts.chains_supported?.value));
    if (c.regulated.value !== null) factOf(p, c.regulated.from);
  }));

  it("converts excluded regions to valid ISO 3166 alpha-2 codes", each((p) => {
    const stated = p.facts.regions_eligibility?.value;
    const names = stated && typeof stated === "object" && !Array.isArray(stated) ? stated.restricted_countries : undefined;
    expect(p.columns.regionsExcluded.value).toEqual(Array.isArray(names) ? names.map((n) => COUNTRY_CODES[String(n)]) : []);
    for (const code of p.columns.regionsExcluded.value) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(regionName.of(code), code).toBeTruthy();
    }
  }));

  it("uses the vocabularies for coverage types, chains and venue kinds", each((p) => {
    for (const t of p.columns.coverageTypes.value) expect(COVERAGE.has(t), t).toBe(true);
    for (const ch of p.columns.chains.value) expect(CHAIN_SLUGS).toContain(ch);
    for (const pr of p.products) {
      expect(COVERAGE.has(pr.coverageType), pr.slug).toBe(true);
      for (const ch of pr.scope.chains) expect([...CHAIN_SLUGS, "*"]).toContain(ch);
      for (const k of pr.scope.venueKinds) expect(VENUE_KINDS.has(k)).toBe(true);
      for (const v of pr.scope.venues) expect(v).toMatch(/^(\*|[a-z0-9][a-z0-9-]*)$/);
      expect(pr.scope.venues.length > 0, `${pr.slug} venues`).toBe(pr.scope.venueKinds.length > 0);
      expect(pr.scope.rule.length).toBeGreaterThan(0);
    }
  }));

  it("seeds every product with a coverage type, under a stable unique slug; skips the others", each((p) => {
    const slugs = p.products.map((pr) => pr.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const key of p.skippedProducts) {
      expect((p.facts[key]?.value as { coverage_type: unknown }).coverage_type, key).toBeNull();
    }
    const indexes = [...p.products.map((pr) => pr.from), ...p.skippedProducts].map((k) => Number(k.split(".")[1]));
    expect(indexes.sort((a, b) => a - b)).toEqual(indexes.map((_, i) => i));
  }));

  it("states product terms only where a fact gives the number", each((p) => {
    for (const pr of p.products) {
      const t = pr.terms;
      for (const k of ["premiumLowPct", "premiumHighPct", "minPeriodDays", "maxPeriodDays", "claimWindowDays", "capacityUsd", "minAmountUsd"] as const) {
        const d = t[k];
        if (d) expectStated(p, `${pr.slug}.${k}`, d, pr);
      }
      if (t.deductible) expect(numbersIn(factOf(p, t.deductible.from).value)).toContain(Number(t.deductible.value));
      if (pr.stated.annualPricePct === null) expect([t.premiumLowPct, t.premiumHighPct]).toEqual([undefined, undefined]);
      if (/deprecated|closed/i.test(pr.stated.status ?? "")) expect(pr.status).toBe("deprecated");
      const row = productRow(pr, p.columns);
      expect([row.claimsModel, row.kycRequired]).toEqual([p.columns.claimsModel.value, p.columns.kycRequired.value]);
    }
  }));

  it("explains every editorial score from facts", each((p) => {
    for (const e of [p.ux, p.support]) {
      expect(e.score).toBeGreaterThanOrEqual(0);
      expect(e.score).toBeLessThanOrEqual(10);
      expect(e.rationale.length).toBeGreaterThan(10);
      expect(e.basis.length).toBeGreaterThan(0);
      const known = (key: string) => key in p.facts || [...p.remarks.map((r) => r.key), ...p.products.map((pr) => pr.from)].includes(key);
      for (const key of e.basis) expect(known(key), `${p.slug} basis ${key}`).toBe(true);
    }
    const row = providerRow(p);
    expect(row.uxRationale).toMatch(/^Editorial: /);
    expect(row.supportRationale).toMatch(/^Editorial: /);
  }));

  it("stores which fact each derived column and product term came from, under a reserved key", each((p) => {
    expect(DERIVED_FROM_KEY in p.facts, p.slug).toBe(false);
    const stored = ZDerivedFrom.parse(factsJson(p)[DERIVED_FROM_KEY]);
    expect(Object.keys(stored.columns).sort()).toEqual([...PROVIDER_COLUMNS].sort());
    for (const col of PROVIDER_COLUMNS) {
      const from = stored.columns[col]?.from ?? null;
      expect(from, `${p.slug} ${col}`).toBe(p.columns[col].from);
      if (from !== null) expect(p.facts[from], `${p.slug} ${col} → ${from}`).toBeTruthy();
    }
    expect(Object.keys(stored.products).sort()).toEqual(p.products.map((pr) => pr.slug).sort());
    for (const pr of p.products) {
      expect(stored.products[pr.slug]?.path).toBe(pr.from);
      const terms = stored.products[pr.slug]?.terms ?? {};
      expect(Object.keys(terms).sort()).toEqual(PRODUCT_TERMS.filter((t) => pr.terms[t]).sort());
      for (const [term, d] of Object.entries(terms)) {
        expect(d.from === "product.annual_price_pct" || Boolean(d.from && p.facts[d.from]), `${pr.slug}.${term} → ${d.from}`).toBe(true);
      }
    }
    expect(stored.editorial).toEqual({ ux: p.ux.basis, support: p.support.basis });
  }));
});
