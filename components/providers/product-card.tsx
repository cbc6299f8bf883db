import { QuoteFromProduct } from "@/components/quotes/quote-from-product";
import { LISTING_SLUG_PREFIX } from "@/lib/schemas/values";
import type { TProviderProduct } from "@/lib/schemas/provider-score";
import { mergeRefs } from "./fact-rows";
import { productScope, productTermRows } from "./product-terms";
import { COVERAGE_LABELS } from "./labels";
import { SourceLink, SourceRefs, Unknown } from "./source-ref";

/** The provider's listing id of a product seeded from its listings (slug `listing-<id>`), else null. */
function listingNumber(slug: string): string | null {
  return slug.startsWith(LISTING_SLUG_PREFIX) ? slug.slice(LISTING_SLUG_PREFIX.length) : null;
}

const STATUS = { active: "Active", deprecated: "Deprecated", unknown: "Availability unknown" } as const;

/** One product: coverage, scope and terms, each term with the fact that states it, or "unknown". */
export function ProductCard({ product: p, today }: { product: TProviderProduct; today: string }) {
  const scope = productScope(p);
  return (
    <article aria-labelledby={`product-${p.id}`} className="flex min-w-0 flex-col gap-2 rounded-md border border-[var(--border)] p-3">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`product-${p.id}`} className="min-w-0 break-words font-semibold">{p.name}</h3>
        <span className="text-xs text-[var(--muted)]">
          {listingNumber(p.slug) !== null && <>Listing #{listingNumber(p.slug)} · </>}{STATUS[p.status]}
        </span>
      </header>
      <p className="text-sm">{COVERAGE_LABELS[p.coverageType]}{p.description && <> — {p.description}</>}</p>
      <SourceLink source={p.source} asOf={p.asOf} today={today} />
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-[var(--muted)]">Scope</dt>
        <dd className="min-w-0 break-words">{scope ?? <Unknown what="no crypto scope (real-world risk)" />}</dd>
        {productTermRows(p).map((row) => {
          const refs = mergeRefs(row.terms.flatMap((t) => p.termSources[t] ?? []));
          return (
            <div key={row.key} className="contents">
              <dt className="text-[var(--muted)]">{row.label}</dt>
              <dd className="min-w-0 break-words">{row.value ?? <Unknown />}<SourceRefs refs={row.value === null ? [] : refs} today={today} showDerivation /></dd>
            </div>
          );
        })}
      </dl>
      {p.note && (
        <details className="text-xs">
          <summary className="cursor-pointer text-[var(--accent)]">How CoverDesk mapped this product</summary>
          <p className="mt-1 text-[var(--muted)]">{p.note}</p>
        </details>
      )}
      {p.status !== "deprecated" && <QuoteFromProduct productId={p.id} productLabel={p.name} />}
    </article>
  );
}
