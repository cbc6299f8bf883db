"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { usePortfolioRole, ViewOnlyNote } from "@/components/portfolio-nav/portfolio-role";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import type { TImportKind } from "@/lib/schemas/import-export";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { countPhrase, rowsPhrase } from "./counts";
import { ErrorList } from "./error-list";
import { WarningList } from "./warning-list";
import { FileSource } from "./file-source";
import { KIND_LABELS, KindPicker } from "./kind-picker";
import { PreviewTable } from "./preview-table";
import { ProgressBar } from "./progress-bar";

type Source = { text: string; name: string };

/** Check (a dry run on the server), look at the preview and errors, then import all or nothing. */
export function ImportPanel({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<TImportKind>("positions");
  const [source, setSource] = useState<Source | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const { canWrite } = usePortfolioRole(portfolioId);
  const check = useMutation(trpc.portfolio.importCsv.mutationOptions());
  const write = useMutation(trpc.portfolio.importCsv.mutationOptions({
    onSuccess: (result) => {
      if (!result.written) return;
      return Promise.all([trpc.portfolio, trpc.position, trpc.cover, trpc.alert].map((r) => queryClient.invalidateQueries(r.pathFilter())));
    },
  }));
  const busy = check.isPending || write.isPending;
  const result = write.data ?? check.data;
  const requestError = write.error ?? check.error;

  function reset(nextKind = kind) {
    setKind(nextKind);
    setSource(null);
    setLocalError(null);
    setResetKey((k) => k + 1);
    check.reset();
    write.reset();
  }

  function onText(text: string, name: string) {
    setLocalError(null);
    write.reset();
    setSource({ text, name });
    check.mutate({ portfolioId, kind, csv: text, dryRun: true });
  }

  const ready = result && !result.written && result.errorCount === 0 && !write.isPending;
  const requestMessage = requestError ? formErrors(requestError).fields.csv ?? formErrors(requestError).message : null;

  if (!canWrite) {
    return (
      <Card className="flex min-w-0 flex-col gap-5" aria-labelledby="import-heading">
        <h2 id="import-heading" className="text-lg font-semibold">Import</h2>
        <ViewOnlyNote />
      </Card>
    );
  }

  return (
    <Card className="flex min-w-0 flex-col gap-5" aria-labelledby="import-heading">
      <h2 id="import-heading" className="text-lg font-semibold">Import</h2>
      <KindPicker value={kind} onChange={(k) => reset(k)} disabled={busy} />
      <FileSource accept={KIND_LABELS[kind].accept} disabled={busy} onText={onText} onError={setLocalError} resetKey={resetKey} />
      <FormMessage message={localError ?? requestMessage} />
      {check.isPending && source && <ProgressBar label="Checking" rows={Math.max(0, source.text.trim().split("\n").length - 1)} />}
      {result && !check.isPending && (
        <div className="flex flex-col gap-4">
          <p className="text-sm">
            <span className="font-medium">{source?.name}</span>: {rowsPhrase(result.rowCount)} read
            {result.errorCount === 0 && !result.written ? `; ${countPhrase(result.counts)} ready to import.` : "."}
          </p>
          <ErrorList errors={result.errors} total={result.errorCount} />
          <WarningList warnings={result.warnings} total={result.warningCount} />
          <PreviewTable result={result} />
        </div>
      )}
      {write.isPending && result && <ProgressBar label="Importing" rows={result.rowCount} />}
      {result?.written ? (
        <div className="flex flex-col gap-3">
          <FormMessage tone="ok" message={`Imported ${countPhrase(result.counts)}. Nothing else was changed.`} />
          <div className="flex flex-wrap gap-3">
            <Link href={`/portfolios/${portfolioId}/positions`} className="self-center">See positions and covers</Link>
            <Button variant="secondary" onClick={() => reset()}>Import another file</Button>
          </div>
        </div>
      ) : result && (
        <div className="flex flex-col gap-2">
          <Button className="self-start" disabled={!ready}
            onClick={() => source && write.mutate({ portfolioId, kind, csv: source.text })}>
            {write.isPending ? "Importing…" : `Import ${result.errorCount > 0 ? rowsPhrase(result.rowCount) : countPhrase(result.counts)}`}
          </Button>
          {result.errorCount > 0 && (
            <p className="text-sm text-[var(--muted)]">Fix the problems in your file, then choose it again. Every row is imported, or none.</p>
          )}
        </div>
      )}
    </Card>
  );
}
