import type { TImportKind } from "@/lib/schemas/import-export";

export const KIND_LABELS: Record<TImportKind, { title: string; hint: string; accept: string }> = {
  positions: { title: "Positions (CSV)", hint: "one row per position", accept: ".csv,text/csv,text/plain" },
  covers: { title: "Covers (CSV)", hint: "linked to positions already in this portfolio by label", accept: ".csv,text/csv,text/plain" },
  json: { title: "Whole portfolio (JSON)", hint: "a CoverDesk JSON export: positions, covers and links", accept: ".json,application/json" },
};

export function KindPicker({ value, onChange, disabled }: { value: TImportKind; onChange: (k: TImportKind) => void; disabled: boolean }) {
  return (
    <fieldset className="flex flex-col gap-2" disabled={disabled}>
      <legend className="mb-1 text-sm font-medium">What does the file hold?</legend>
      {(Object.keys(KIND_LABELS) as TImportKind[]).map((kind) => (
        <label key={kind} className="flex items-start gap-2 text-sm">
          <input type="radio" name="import-kind" value={kind} checked={value === kind} onChange={() => onChange(kind)} className="mt-1" />
          <span><span className="font-medium">{KIND_LABELS[kind].title}</span> <span className="text-[var(--muted)]">— {KIND_LABELS[kind].hint}</span></span>
        </label>
      ))}
    </fieldset>
  );
}
