import type { TStatement } from "@/lib/schemas/statement";
import { writeCsv } from "@/server/domain/import/csv-text";

export const STATEMENT_CSV_HEADER = [
  "section", "key", "label", "detail", "amount_usd", "insured_usd", "uninsured_usd", "share", "start", "expiry", "last_claim_day", "premium_usd", "annual_rate_pct", "status",
] as const;
type Column = (typeof STATEMENT_CSV_HEADER)[number];

const row = (cells: Partial<Record<Column, string | number | null>>): string[] =>
  STATEMENT_CSV_HEADER.map((c) => {
    const v = cells[c];
    return v == null ? "" : String(v);
  });

/** One CSV, a `section` column naming each row's part; money as 2-decimal strings, shares as 0…1. Formula-safe (writeCsv). */
export function renderCsv(s: TStatement): string {
  const rows: string[][] = [
    row({ section: "statement", key: s.portfolio.id, label: s.portfolio.name, detail: `as of ${s.asOf}; generated ${s.generatedOn}` }),
    row({ section: "method", detail: s.method }),
    row({ section: "totals", key: "total", label: "Total", amount_usd: s.totals.exposureUsd, insured_usd: s.totals.insuredUsd,
      uninsured_usd: s.totals.uninsuredUsd, share: s.totals.share, detail: `over-insured ${s.totals.wastedUsd}` }),
    ...s.venues.map((v) => row({ section: "venue", key: v.key, label: v.label, amount_usd: v.exposureUsd, insured_usd: v.insuredUsd,
      uninsured_usd: v.uninsuredUsd, share: v.share })),
    ...s.covers.map((c) => row({ section: "cover", key: c.id, label: c.product, detail: c.provider, amount_usd: c.amountUsd,
      start: c.startsAt, expiry: c.expiresAt, last_claim_day: c.lastClaimDay, premium_usd: c.premiumUsd, annual_rate_pct: c.annualRatePct, status: c.standing })),
    ...s.gaps.map((g) => row({ section: "gap", key: g.positionId, label: g.label, detail: g.venue, amount_usd: g.valueUsd,
      insured_usd: g.insuredUsd, uninsured_usd: g.uninsuredUsd })),
    ...s.providers.map((p) => row({ section: "provider", key: p.key, label: p.label, insured_usd: p.insuredUsd, share: p.share,
      detail: p.concentrated ? "concentrated" : "" })),
    ...s.alerts.map((a) => row({ section: "alert", key: a.code, label: a.title, detail: `${a.severity}; ${a.count}`, amount_usd: a.totalUsd })),
    ...s.sources.map((d) => row({ section: "source", label: d.name, detail: d.date ?? "unknown" })),
  ];
  return writeCsv(STATEMENT_CSV_HEADER, rows);
}
