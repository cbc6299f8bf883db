import { SelectField } from "@/components/ui/field";
import type { SortDir, SortKey, TableState } from "./table-model";

const OPTIONS: { key: SortKey; dir: SortDir; label: string }[] = [
  { key: "uninsured", dir: "desc", label: "Most uninsured" },
  { key: "value", dir: "desc", label: "Largest value" },
  { key: "insured", dir: "desc", label: "Most insured" },
  { key: "ratio", dir: "asc", label: "Lowest insured %" },
  { key: "flags", dir: "desc", label: "Most flags" },
  { key: "label", dir: "asc", label: "Position A–Z" },
  { key: "venue", dir: "asc", label: "Venue A–Z" },
  { key: "chain", dir: "asc", label: "Chain A–Z" },
];

/** Sorting for the card view, where there are no column headers to click. */
export function SortSelect({ state, onChange }: { state: Pick<TableState, "sort" | "dir">; onChange: (s: Pick<TableState, "sort" | "dir">) => void }) {
  const value = `${state.sort}:${state.dir}`;
  const known = OPTIONS.some((o) => `${o.key}:${o.dir}` === value);
  return (
    <SelectField label="Sort by" value={value} onChange={(e) => {
      const [sort, dir] = e.target.value.split(":") as [SortKey, SortDir];
      onChange({ sort, dir });
    }}>
      {!known && <option value={value}>{state.sort}, {state.dir === "asc" ? "ascending" : "descending"}</option>}
      {OPTIONS.map((o) => <option key={`${o.key}:${o.dir}`} value={`${o.key}:${o.dir}`}>{o.label}</option>)}
    </SelectField>
  );
}
