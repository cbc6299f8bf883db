// Provenance of the catalog's figures: reads Provider.facts (the researched facts plus the
// reserved derivation map the seed stores) and names, for every typed column and product term,
// the fact it was read from with that fact's source and as-of date. No fact → no entry (unknown).
import { METHODOLOGY_CATEGORIES } from "@/server/domain/scoring";
import type { TProviderScore } from "@/lib/schemas/provider-score";
import {
  DERIVED_FROM_KEY, PROVIDER_COLUMNS, ZDerivedFrom, ZFact,
  type TColumnSources, type TCoverProduct, type TDerivedFrom, type TFact, type TProductTerm, type TProviderColumn, type TSourceRef,
} from "@/lib/schemas/provider";

export type FactMap = Record<string, TFact | null>;
export type SplitFacts = { facts: FactMap; derivedFrom: TDerivedFrom };

const NO_DERIVATIONS: TDerivedFrom = { columns: {}, products: {}, editorial: { ux: [], support: [] } };
/** A product term read from the product's own stated field rather than a provider fact. */
const PRODUCT_FIELD = /^product\.(.+)$/;

/** The facts without the reserved key, and the derivation map (empty when absent or malformed). */
export function splitFacts(raw: unknown): SplitFacts {
  const record = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const facts: FactMap = {};
  for (const [key, value] of Object.entries(record)) {
    if (key === DERIVED_FROM_KEY) continue;
    const parsed = ZFact.nullable().safeParse(value);
    if (parsed.success) facts[key] = parsed.data;
  }
  const derived = ZDerivedFrom.safeParse(record[DERIVED_FROM_KEY]);
  return { facts, derivedFrom: derived.success ? derived.data : NO_DERIVATIONS };
}

function factRef(facts: FactMap, factKey: string | null, derivation?: string): TSourceRef | null {
  const fact = factKey ? facts[factKey] : null;
  if (!factKey || !fact) return null;
  return {
    factKey, source: fact.source, asOf: fact.asOf, note: fact.note ?? null,
    confidence: fact.confidence ?? null, derivation: derivation ?? null,
  };
}

export function columnSources({ facts, derivedFrom }: SplitFacts): TColumnSources {
  const out: TColumnSources = {};
  for (const column of PROVIDER_COLUMNS) {
    const d = derivedFrom.columns[column];
    const ref = d ? factRef(facts, d.from, d.note) : null;
    if (ref) out[column] = ref;
  }
  return out;
}

function productFieldRef(product: Pick<TCoverProduct, "source" | "asOf">, field: string, note?: string): TSourceRef {
  return {
    factKey: null, source: product.source, asOf: product.asOf, note: null, confidence: null,
    derivation: [`the product's stated ${field.replaceAll("_", " ")}`, note].filter(Boolean).join("; "),
  };
}

export function productTermSources(
  split: SplitFacts, product: Pick<TCoverProduct, "slug" | "source" | "asOf">,
): Partial<Record<TProductTerm, TSourceRef>> {
  const terms = split.derivedFrom.products[product.slug]?.terms ?? {};
  const out: Partial<Record<TProductTerm, TSourceRef>> = {};
  for (const [term, d] of Object.entries(terms) as [TProductTerm, { from: string | null; note?: string }][]) {
    const field = d.from?.match(PRODUCT_FIELD)?.[1];
    const ref = field ? productFieldRef(product, field, d.note) : factRef(split.facts, d.from, d.note);
    if (ref) out[term] = ref;
  }
  return out;
}

/** The facts an editorial score rests on; a product path points at that product's own source. */
export function editorialSources(
  split: SplitFacts, products: ReadonlyArray<Pick<TCoverProduct, "slug" | "name" | "source" | "asOf">>,
): { ux: TSourceRef[]; support: TSourceRef[] } {
  const bySlugPath = new Map(Object.entries(split.derivedFrom.products).map(([slug, p]) => [p.path, slug]));
  const resolve = (key: string): TSourceRef | null => {
    const fact = factRef(split.facts, key);
    if (fact) return fact;
    const product = products.find((p) => p.slug === bySlugPath.get(key));
    return product
      ? { factKey: key, source: product.source, asOf: product.asOf, note: null, confidence: null, derivation: `product: ${product.name}` }
      : null;
  };
  const refs = (keys: string[]) => keys.map(resolve).filter((r): r is TSourceRef => r !== null);
  return { ux: refs(split.derivedFrom.editorial.ux), support: refs(split.derivedFrom.editorial.support) };
}

type EditorialSources = { ux: TSourceRef[]; support: TSourceRef[] };

/** Attaches to each category score the sources of the facts the methodology says it reads. */
export function withCategorySources(score: TProviderScore, columns: TColumnSources, editorial: EditorialSources): TProviderScore {
  const isColumn = (f: string): f is TProviderColumn => (PROVIDER_COLUMNS as readonly string[]).includes(f);
  const categories = score.categories.map((c) => {
    if (c.category === "ux" || c.category === "support") return { ...c, sources: editorial[c.category] };
    const facts = METHODOLOGY_CATEGORIES.find((m) => m.key === c.category)?.facts ?? [];
    const refs = facts.filter(isColumn).flatMap((f) => columns[f] ?? []);
    return { ...c, sources: refs.filter((r, i) => refs.findIndex((o) => o.factKey === r.factKey) === i) };
  });
  return { ...score, categories };
}
