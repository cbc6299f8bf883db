import { TextField } from "@/components/ui/field";
import type { ProbabilityDraft } from "./budget-model";
import { GRADES } from "./labels";

type Props = {
  values: ProbabilityDraft;
  errors: Partial<Record<keyof ProbabilityDraft, string>>;
  onChange: (grade: keyof ProbabilityDraft, value: string) => void;
  counts?: Partial<Record<keyof ProbabilityDraft | "none", number>>;
  legend: string;
};

type Counts = NonNullable<Props["counts"]>;

/** Ungraded positions count as grade C (the optimizer's default): the hint says how many. */
function countHint(g: keyof ProbabilityDraft, counts: Counts): string {
  const ungraded = g === "C" ? counts.none ?? 0 : 0;
  const n = (counts[g] ?? 0) + ungraded;
  return `${n} position${n === 1 ? "" : "s"}${ungraded > 0 ? ` (${ungraded} ungraded)` : ""}`;
}

/** The loss probability assumed for each risk grade, in % a year (DESIGN §5), editable. */
export function ProbabilityFields({ values, errors, onChange, counts, legend }: Props) {
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {GRADES.map((g) => (
          <TextField
            key={g}
            label={`Grade ${g} (%/yr)`}
            inputMode="decimal"
            autoComplete="off"
            value={values[g]}
            error={errors[g]}
            hint={counts ? countHint(g, counts) : undefined}
            onChange={(e) => onChange(g, e.target.value)}
          />
        ))}
      </div>
    </fieldset>
  );
}
