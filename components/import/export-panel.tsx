"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/field";
import type { TExportInput } from "@/lib/schemas/import-export";
import { useTRPC } from "@/lib/trpc/client";
import { saveTextFile } from "./download";

type Choice = { key: string; label: string; input: Omit<TExportInput, "portfolioId"> };

const CHOICES: Choice[] = [
  { key: "positions", label: "Positions (CSV)", input: { format: "csv", kind: "positions" } },
  { key: "covers", label: "Covers (CSV)", input: { format: "csv", kind: "covers" } },
  { key: "json", label: "Everything (JSON)", input: { format: "json" } },
];

/** Downloads are fetched on click, never cached: an export must show the portfolio as it is now. */
export function ExportPanel({ portfolioId }: { portfolioId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(choice: Choice) {
    setPending(choice.key);
    setError(null);
    try {
      const file = await queryClient.fetchQuery({ ...trpc.portfolio.export.queryOptions({ portfolioId, ...choice.input }), staleTime: 0, gcTime: 0 });
      saveTextFile(file.filename, file.content, file.contentType);
    } catch {
      setError("The export could not be prepared. Please try again.");
    } finally {
      setPending(null);
    }
  }

  return (
    <Card className="flex flex-col gap-3" aria-labelledby="export-heading">
      <h2 id="export-heading" className="text-lg font-semibold">Export</h2>
      <p className="text-sm text-[var(--muted)]">
        The covers file names its positions by label, so importing the positions file and then the covers file into an empty
        portfolio rebuilds this one. The JSON file holds both in one.
      </p>
      <div className="flex flex-wrap gap-2">
        {CHOICES.map((c) => (
          <Button key={c.key} variant="secondary" disabled={pending !== null} onClick={() => download(c)}>
            {pending === c.key ? "Preparing…" : c.label}
          </Button>
        ))}
      </div>
      <FormMessage message={error} />
    </Card>
  );
}
