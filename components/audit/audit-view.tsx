"use client";

import { keepPreviousData, useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { saveTextFile } from "@/components/import/download";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/field";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { AuditCard, AuditTableRow } from "./audit-entry";
import { AUDIT_PAGE, ENTITY_OPTIONS, entityFilter } from "./audit-model";

/** DESIGN §13: who changed what in the portfolio, newest first; every member reads and exports it. */
export function AuditView({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [entityValue, setEntityValue] = useState("");
  const entity = entityFilter(entityValue);
  const pages = useInfiniteQuery(trpc.audit.list.infiniteQueryOptions({ portfolioId, entity, limit: AUDIT_PAGE }, {
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  }));
  const [exporting, setExporting] = useState(false);
  const [exportMessage, setExportMessage] = useState<{ text: string; tone: "error" | "ok" } | null>(null);

  async function download() {
    setExporting(true);
    setExportMessage(null);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.audit.exportCsv.queryOptions({ portfolioId, entity }), staleTime: 0, gcTime: 0 });
      saveTextFile(file.filename, file.content, file.contentType);
      if (file.note) setExportMessage({ text: file.note, tone: "ok" });
    } catch {
      setExportMessage({ text: "The audit log could not be exported. Please try again.", tone: "error" });
    } finally {
      setExporting(false);
    }
  }

  if (pages.isError && !pages.data) {
    const missing = pages.error.data?.code === "NOT_FOUND";
    return (
      <p role="alert" className="rounded-lg border border-red-600 p-4">
        {missing ? "This portfolio does not exist, or you are not a member of it." : formErrors(pages.error).message}{" "}
        {!missing && <button type="button" className="underline" onClick={() => pages.refetch()}>Try again</button>}
      </p>
    );
  }
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-[var(--muted)]">
        Every change to this portfolio: who made it, when, and each field before → after. Every member can read and export it.
      </p>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="sm:w-64">
          <SelectField label="Show" value={entityValue} onChange={(e) => setEntityValue(e.target.value)}>
            <option value="">Every change</option>
            {ENTITY_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </SelectField>
        </div>
        <Button variant="secondary" disabled={exporting} onClick={download}>
          {exporting ? "Preparing…" : entity ? "Download CSV (this kind)" : "Download CSV"}
        </Button>
      </div>
      <FormMessage message={exportMessage?.text} tone={exportMessage?.tone} />
      <p aria-live="polite" className="text-sm">
        {!pages.data ? "Loading the audit log…" : items.length === 0 ? (entity ? "No change of this kind yet." : "No change recorded yet.") : `Newest first${pages.hasNextPage ? "" : ` · ${items.length.toLocaleString("en-US")} in all`}`}
      </p>
      {items.length > 0 && (
        <>
          <ol className="flex flex-col gap-2 sm:hidden" aria-label="Audit log" aria-busy={pages.isPlaceholderData}>
            {items.map((i) => <AuditCard key={i.id} item={i} />)}
          </ol>
          <div className="hidden overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--card)] px-3 sm:block">
            <table className="w-full min-w-[36rem] text-left" aria-busy={pages.isPlaceholderData}>
              <caption className="sr-only">Audit log, newest first</caption>
              <thead>
                <tr className="text-xs uppercase text-[var(--muted)]">
                  <th scope="col" className="py-2 pr-3 font-medium">When</th>
                  <th scope="col" className="py-2 pr-3 font-medium">Who</th>
                  <th scope="col" className="py-2 font-medium">What</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => <AuditTableRow key={i.id} item={i} />)}
              </tbody>
            </table>
          </div>
        </>
      )}
      {pages.isError && pages.data && (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          Older entries could not be loaded. <button type="button" className="underline" onClick={() => pages.fetchNextPage()}>Try again</button>
        </p>
      )}
      {pages.hasNextPage && (
        <Button variant="secondary" className="self-start" disabled={pages.isFetchingNextPage} onClick={() => pages.fetchNextPage()}>
          {pages.isFetchingNextPage ? "Loading…" : "Load older"}
        </Button>
      )}
    </div>
  );
}
