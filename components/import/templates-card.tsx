import { Card } from "@/components/ui/card";
import { COVER_COLUMNS, POSITION_COLUMNS, type ColumnSpec } from "@/server/domain/import/columns";
import { importTemplate, templateFilename } from "@/server/domain/import/templates";

const dataUrl = (csv: string) => `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;

function Columns({ title, columns }: { title: string; columns: readonly ColumnSpec[] }) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">{title}</summary>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {columns.map((c) => (
          <div key={c.name} className="contents">
            <dt className="font-mono text-xs">{c.name}{c.required && <span className="text-[var(--muted)]"> (required)</span>}</dt>
            <dd className="mb-1 text-[var(--muted)] sm:mb-0">{c.help}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

/** Templates with example rows, and the column reference the README also gives. */
export function TemplatesCard() {
  return (
    <Card className="flex flex-col gap-3" aria-labelledby="templates-heading">
      <h2 id="templates-heading" className="text-lg font-semibold">Templates and columns</h2>
      <p className="text-sm text-[var(--muted)]">
        Start from a template, or use your own sheet with these column names (any order, any case). Amounts may be written
        1250000.50 or &quot;$1,250,000.50&quot;; dates as YYYY-MM-DD. Comma, semicolon or tab separated.
      </p>
      <div className="flex flex-wrap gap-4 text-sm">
        <a href={dataUrl(importTemplate("positions"))} download={templateFilename("positions")}>Download the positions template</a>
        <a href={dataUrl(importTemplate("covers"))} download={templateFilename("covers")}>Download the covers template</a>
      </div>
      <Columns title="Position columns" columns={POSITION_COLUMNS} />
      <Columns title="Cover columns" columns={COVER_COLUMNS} />
    </Card>
  );
}
