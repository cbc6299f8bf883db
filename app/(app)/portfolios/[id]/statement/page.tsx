import type { ReactNode } from "react";
import { PrintButton } from "@/components/statement/print-button";
import { formatDay } from "@/lib/format/calendar";
import { formatRatio, formatUsd } from "@/lib/format/money";
import { ZDay } from "@/lib/schemas/primitives";
import { STANDING_LABELS, type TStatement } from "@/lib/schemas/statement";
import { getQueryClient, trpc } from "@/lib/trpc/server";
import { renderCsv } from "@/server/domain/statement/render-csv";
import { renderMarkdown } from "@/server/domain/statement/render-markdown";

export const metadata = { title: "Coverage statement" };

type Column<T> = { label: string; num?: boolean; value: (row: T) => ReactNode };

function Table<T>({ caption, columns, rows, rowKey }: { caption: string; columns: Column<T>[]; rows: T[]; rowKey: (row: T) => string }) {
  if (rows.length === 0) return <p className="text-sm text-[var(--muted)]">None.</p>;
  // On a phone a wide table scrolls inside its own box (focusable, so keys scroll it too), not the page.
  return (
    <div role="region" aria-label={`${caption} (scrollable table)`} tabIndex={0} className="overflow-x-auto print:overflow-visible">
      <table className="w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-[var(--border)]">
            {columns.map((c) => (
              <th key={c.label} scope="col" className={`px-2 py-1 font-semibold ${c.num ? "text-right" : "text-left"}`}>{c.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-[var(--border)] last:border-0">
              {columns.map((c) => (
                <td key={c.label} className={`px-2 py-1 ${c.num ? "text-right tabular-nums whitespace-nowrap" : ""}`}>{c.value(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-2" aria-label={title}>
      <h2 className="text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}

const day = (d: string | null) => (d ? formatDay(d) : "unknown");

function dataUrl(contentType: string, content: string): string {
  return `data:${contentType},${encodeURIComponent(content)}`;
}

function StatementView({ s, filename }: { s: TStatement; filename: string }) {
  const base = filename.replace(/\.json$/, "");
  return (
    <article className="statement flex flex-col gap-6">
      <div className="no-print flex flex-wrap items-center gap-2">
        <PrintButton />
        <a download={`${base}.md`} href={dataUrl("text/markdown;charset=utf-8", renderMarkdown(s))} className="rounded-md border border-[var(--border)] px-3 py-1 text-sm no-underline">
          Download Markdown
        </a>
        <a download={`${base}.csv`} href={dataUrl("text/csv;charset=utf-8", renderCsv(s))} className="rounded-md border border-[var(--border)] px-3 py-1 text-sm no-underline">
          Download CSV
        </a>
      </div>
      <Section title="Coverage statement">
        <p className="text-sm">
          <strong>{s.portfolio.name}</strong> — as of <strong>{day(s.asOf)}</strong> (generated {day(s.generatedOn)}). Amounts in USD.
        </p>
        <p className="text-sm text-[var(--muted)]"><strong>Method.</strong> {s.method}</p>
        <Table caption="Totals" rowKey={() => "total"} rows={[s.totals]} columns={[
          { label: "Exposure", num: true, value: (t) => formatUsd(t.exposureUsd) },
          { label: "Insured", num: true, value: (t) => formatUsd(t.insuredUsd) },
          { label: "Uninsured", num: true, value: (t) => formatUsd(t.uninsuredUsd) },
          { label: "Over-insured", num: true, value: (t) => formatUsd(t.wastedUsd) },
          { label: "Share insured", num: true, value: (t) => formatRatio(t.share) },
        ]} />
      </Section>
      <Section title="By venue">
        <Table caption="By venue" rowKey={(v) => v.key} rows={s.venues} columns={[
          { label: "Venue", value: (v) => v.label },
          { label: "Exposure", num: true, value: (v) => formatUsd(v.exposureUsd) },
          { label: "Insured", num: true, value: (v) => formatUsd(v.insuredUsd) },
          { label: "Uninsured", num: true, value: (v) => formatUsd(v.uninsuredUsd) },
          { label: "Share insured", num: true, value: (v) => formatRatio(v.share) },
        ]} />
      </Section>
      <Section title="Covers held">
        <Table caption="Covers held" rowKey={(c) => c.id} rows={s.covers} columns={[
          { label: "Provider", value: (c) => c.provider },
          { label: "Product", value: (c) => c.product },
          { label: "Status", value: (c) => STANDING_LABELS[c.standing] },
          { label: "Amount", num: true, value: (c) => formatUsd(c.amountUsd) },
          { label: "Start", num: true, value: (c) => day(c.startsAt) },
          { label: "Expiry", num: true, value: (c) => day(c.expiresAt) },
          { label: "Last day to claim", num: true, value: (c) => day(c.lastClaimDay) },
          { label: "Premium paid", num: true, value: (c) => formatUsd(c.premiumUsd) },
          { label: "Annual rate", num: true, value: (c) => (c.annualRatePct == null ? "unknown" : `${c.annualRatePct} %`) },
        ]} />
      </Section>
      <Section title={`Uninsured gaps of ${formatUsd(s.gapThresholdUsd)} or more`}>
        <Table caption="Uninsured gaps" rowKey={(g) => g.positionId} rows={s.gaps} columns={[
          { label: "Position", value: (g) => g.label },
          { label: "Venue", value: (g) => g.venue },
          { label: "Value", num: true, value: (g) => formatUsd(g.valueUsd) },
          { label: "Insured", num: true, value: (g) => formatUsd(g.insuredUsd) },
          { label: "Uninsured", num: true, value: (g) => formatUsd(g.uninsuredUsd) },
        ]} />
      </Section>
      <Section title="Provider concentration">
        <Table caption="Provider concentration" rowKey={(p) => p.key} rows={s.providers} columns={[
          { label: "Provider", value: (p) => p.label },
          { label: "Insured", num: true, value: (p) => formatUsd(p.insuredUsd) },
          { label: "Share of insured", num: true, value: (p) => formatRatio(p.share) },
          { label: "Concentrated (> 50 %)", value: (p) => (p.concentrated ? "yes" : "no") },
        ]} />
      </Section>
      <Section title="Open alerts">
        <Table caption="Open alerts" rowKey={(a) => a.code} rows={s.alerts} columns={[
          { label: "Severity", value: (a) => a.severity },
          { label: "Alert", value: (a) => a.title },
          { label: "Count", num: true, value: (a) => a.count },
          { label: "Amount", num: true, value: (a) => (a.totalUsd == null ? "—" : formatUsd(a.totalUsd)) },
        ]} />
      </Section>
      <Section title="Data sources">
        <Table caption="Data sources" rowKey={(d) => d.name} rows={s.sources} columns={[
          { label: "Source", value: (d) => d.name },
          { label: "Last updated", num: true, value: (d) => day(d.date) },
        ]} />
      </Section>
    </article>
  );
}

export default async function PortfolioStatementPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ asOf?: string | string[] }>;
}) {
  const [{ id }, { asOf }] = await Promise.all([params, searchParams]);
  const parsed = ZDay.safeParse(asOf);
  const out = await getQueryClient()
    .fetchQuery(trpc.portfolio.statement.queryOptions({ portfolioId: id, format: "json", ...(parsed.success && { asOf: parsed.data }) }))
    .catch(() => null);
  if (!out?.statement) {
    return <p role="alert" className="text-sm">This statement could not be made: the portfolio was not found, or you are not a member of it.</p>;
  }
  return <StatementView s={out.statement} filename={out.filename} />;
}
