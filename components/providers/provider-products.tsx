"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useDebounced } from "@/components/ui/use-debounced";
import { PROVIDER_PRODUCTS_QUERY_MAX } from "@/lib/schemas/values";
import { useTRPC } from "@/lib/trpc/client";
import { ProductCard } from "./product-card";

export const PRODUCTS_PAGE_SIZE = 12;
const SEARCH_DELAY_MS = 250;

/** "Showing 13–24 of 218 products matching “aave”" (1-based, inclusive). */
export function pageSummary(offset: number, shown: number, total: number, q: string): string {
  const matching = q ? ` matching “${q}”` : "";
  if (total === 0) return q ? `No product matches “${q}”.` : "No product of this provider is in the catalog.";
  return `Showing ${offset + 1}–${offset + shown} of ${total} product${total === 1 ? "" : "s"}${matching}.`;
}

/**
 * A provider's products, searched (name or venue) and paged by the server (provider.products):
 * the provider's own products first, then its listings. Search and paging appear only when the
 * provider has more products than one page.
 */
export function ProviderProducts({ slug, productCount, today }: { slug: string; productCount: number; today: string }) {
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const q = useDebounced(text.trim(), SEARCH_DELAY_MS);
  // A page belongs to the search it was turned for: a new search starts on its first page.
  const [paging, setPaging] = useState({ q: "", offset: 0 });
  const offset = paging.q === q ? paging.offset : 0;
  const statusRef = useRef<HTMLParagraphElement>(null);
  const movedPage = useRef(false);
  const paged = productCount > PRODUCTS_PAGE_SIZE;

  const { data, error, isFetching } = useQuery({
    ...trpc.provider.products.queryOptions({ slug, q: q || undefined, cursor: offset, limit: PRODUCTS_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  // After Previous/Next, keyboard and screen-reader users land on the new page's summary.
  useEffect(() => {
    if (movedPage.current && data && !isFetching) {
      movedPage.current = false;
      statusRef.current?.focus();
    }
  }, [data, isFetching]);

  function go(to: number) {
    movedPage.current = true;
    setPaging({ q, offset: to });
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / PRODUCTS_PAGE_SIZE)) : 1;
  const page = Math.floor(offset / PRODUCTS_PAGE_SIZE) + 1;

  return (
    <div className="flex flex-col gap-3">
      {paged && (
        <form role="search" aria-label="Products" onSubmit={(e) => e.preventDefault()} className="max-w-md">
          <TextField
            label="Search products" type="search" value={text} maxLength={PROVIDER_PRODUCTS_QUERY_MAX}
            placeholder="e.g. Aave v3, curve-dex" autoComplete="off"
            hint="Matches the product name or a venue it covers."
            onChange={(e) => setText(e.target.value)}
          />
        </form>
      )}
      {error && <FormMessage message="The products could not be loaded. Reload the page to try again." />}
      {!data && !error && <p role="status" className="text-[var(--muted)]">Loading products…</p>}
      {data && (
        <>
          <p ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="text-sm text-[var(--muted)] outline-none">
            {pageSummary(offset, data.items.length, data.total, q)}{isFetching ? " Updating…" : ""}
          </p>
          {data.items.length > 0 && (
            <div className={`grid gap-3 lg:grid-cols-2 ${isFetching ? "opacity-70" : ""}`}>
              {data.items.map((product) => <ProductCard key={product.id} product={product} today={today} />)}
            </div>
          )}
          {paged && data.total > PRODUCTS_PAGE_SIZE && (
            <nav aria-label="Product pages" className="flex flex-wrap items-center justify-between gap-2">
              <Button type="button" variant="secondary" disabled={offset === 0 || isFetching} onClick={() => go(Math.max(0, offset - PRODUCTS_PAGE_SIZE))}>
                Previous<span className="sr-only"> page of products</span>
              </Button>
              <span className="text-sm tabular-nums">Page {page} of {pages}</span>
              <Button type="button" variant="secondary" disabled={data.nextCursor === null || isFetching} onClick={() => data.nextCursor !== null && go(data.nextCursor)}>
                Next<span className="sr-only"> page of products</span>
              </Button>
            </nav>
          )}
        </>
      )}
    </div>
  );
}
