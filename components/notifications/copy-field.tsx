"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";

/** A read-only value (a secret, a feed address) with a copy button that says whether it worked. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("no");
    }
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">{label}</label>
      <div className="flex flex-wrap gap-2">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-[var(--border)] bg-[var(--bg,transparent)] px-3 py-2 font-mono text-xs" />
        <Button type="button" variant="secondary" onClick={() => void copy()}>Copy</Button>
      </div>
      <p aria-live="polite" className="text-xs text-[var(--muted)]">
        {copied === "yes" ? "Copied." : copied === "no" ? "Could not copy: select the text and copy it yourself." : ""}
      </p>
    </div>
  );
}
