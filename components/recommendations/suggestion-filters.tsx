import { riskLabel } from "@/lib/format/calendar";
import { SelectField } from "@/components/ui/field";
import { PERIOD_CHOICES, type Filters, type GradeFilter, type RiskFilter } from "./filter-model";
import { GRADES, riskTitle } from "./labels";

type Props = { filters: Filters; risks: Exclude<RiskFilter, "all">[]; onChange: (f: Filters) => void };

export function SuggestionFilters({ filters, risks, onChange }: Props) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="w-48">
        <SelectField label="Risk" value={filters.risk} onChange={(e) => onChange({ ...filters, risk: e.target.value as RiskFilter })}>
          <option value="all">All risks</option>
          {risks.map((r) => <option key={r} value={r}>{riskTitle(riskLabel(r))}</option>)}
        </SelectField>
      </div>
      <div className="w-48">
        <SelectField label="Risk grade" value={filters.grade} onChange={(e) => onChange({ ...filters, grade: e.target.value as GradeFilter })}>
          <option value="all">All grades</option>
          {GRADES.map((g) => <option key={g} value={g}>Grade {g}</option>)}
          <option value="none">Not graded</option>
        </SelectField>
      </div>
      <div className="w-48">
        <SelectField label="Cover period" value={String(filters.periodDays)} onChange={(e) => onChange({ ...filters, periodDays: Number(e.target.value) })}>
          {PERIOD_CHOICES.map((days) => <option key={days} value={days}>{days} days{days === 365 ? " (a year)" : ""}</option>)}
        </SelectField>
      </div>
    </div>
  );
}
