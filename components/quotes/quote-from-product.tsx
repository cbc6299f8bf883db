"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { useTRPC } from "@/lib/trpc/client";

// The form (and the validator it shares with the server) loads when someone has a quote to record.
const QuoteForm = dynamic(() => import("./quote-form").then((m) => m.QuoteForm));

/**
 * "I got a quote" on a catalog product: a quote belongs to a portfolio, so the user picks which one.
 * Portfolios are read only once the button is pressed (the catalog is open to signed-out visitors).
 */
export function QuoteFromProduct({ productId, productLabel }: { productId: string; productLabel: string }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const portfolios = useQuery(trpc.portfolio.list.queryOptions(undefined, { enabled: open, retry: false }));

  if (!open) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        <Button variant="secondary" onClick={() => { setOpen(true); setSaved(false); }} aria-label={`I got a quote for ${productLabel}`}>I got a quote</Button>
        {saved && <p role="status" className="text-sm text-teal-800 dark:text-teal-300">Quote saved: it now prices this product in your recommendations.</p>}
      </div>
    );
  }
  if (portfolios.isError) {
    return <p className="text-sm"><Link href="/sign-in" className="underline">Sign in</Link> to record a quote for one of your portfolios.</p>;
  }
  if (!portfolios.data) return <p role="status" className="text-sm text-[var(--muted)]">Loading your portfolios…</p>;
  if (portfolios.data.length === 0) {
    return <p className="text-sm">A quote belongs to a portfolio: <Link href="/portfolios" className="underline">create one</Link> first.</p>;
  }
  // A viewer records no quotes (DESIGN §13): only the portfolios this user may change are offered.
  const writable = portfolios.data.filter((p) => p.role !== "viewer");
  if (writable.length === 0) {
    return <p className="text-sm">You are a viewer of every portfolio you belong to: ask an owner to make you an editor, or <Link href="/portfolios" className="underline">create your own</Link>.</p>;
  }
  const portfolioId = chosen ?? writable[0]!.id;
  return (
    <div className="flex flex-col gap-2">
      {writable.length > 1 && (
        <div className="w-64 max-w-full">
          <SelectField label="For portfolio" value={portfolioId} onChange={(e) => setChosen(e.target.value)}>
            {writable.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </SelectField>
        </div>
      )}
      <QuoteForm key={portfolioId} portfolioId={portfolioId} productId={productId} productLabel={productLabel}
        onDone={() => setOpen(false)} onSaved={() => setSaved(true)} />
    </div>
  );
}
