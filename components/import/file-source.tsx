"use client";

import { useId, useState, type ChangeEvent } from "react";
import { Button } from "@/components/ui/button";
import { MAX_IMPORT_CHARS } from "@/lib/schemas/import-export";

type Props = {
  accept: string;
  disabled: boolean;
  /** The text of the chosen file or of the pasted text, with a name to show. */
  onText: (text: string, name: string) => void;
  onError: (message: string) => void;
  /** Changes when the panel is reset, to clear the chosen file. */
  resetKey: number;
};

const MB = 1024 * 1024;

/** Upload a file, or paste its text. Files over the server's limit are refused here already. */
export function FileSource({ accept, disabled, onText, onError, resetKey }: Props) {
  const id = useId();
  const [pasted, setPasted] = useState("");

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_IMPORT_CHARS) {
      onError(`“${file.name}” is ${(file.size / MB).toFixed(1)} MB; the limit is ${MAX_IMPORT_CHARS / MB} MB. Split it into several files.`);
      return;
    }
    onText(await file.text(), file.name);
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-file`} className="text-sm font-medium">File to import</label>
        <input
          key={resetKey} id={`${id}-file`} type="file" accept={accept} disabled={disabled} onChange={onFile}
          aria-describedby={`${id}-hint`}
          className="text-sm file:mr-3 file:rounded-md file:border file:border-[var(--border)] file:bg-[var(--card)] file:px-3 file:py-2 file:text-sm file:font-medium"
        />
        <p id={`${id}-hint`} className="text-xs text-[var(--muted)]">
          Up to 5 MB and 20,000 rows. The file is checked first; nothing is written until you confirm.
        </p>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer">Or paste the file’s text</summary>
        <div className="mt-2 flex flex-col gap-2">
          <label htmlFor={`${id}-paste`} className="font-medium">Pasted text</label>
          <textarea
            id={`${id}-paste`} value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} disabled={disabled}
            className="w-full rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 font-mono text-xs"
            placeholder="label,asset,asset_kind,chain,venue_kind,venue,value_usd"
          />
          <Button type="button" variant="secondary" className="self-start" disabled={disabled || pasted.trim() === ""}
            onClick={() => onText(pasted, "pasted text")}>
            Check pasted text
          </Button>
        </div>
      </details>
    </div>
  );
}
