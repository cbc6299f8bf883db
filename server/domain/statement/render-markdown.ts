import { STANDING_LABELS, type TStatement } from "@/lib/schemas/statement";
import { formatShare } from "./build-statement";

/** A table cell: pipes and line breaks would break the table. */
const cell = (value: string | number | null): string => String(value ?? "—").replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ");

function table(header: string[], rightAligned: boolean[], rows: (string | number | null)[][]): string {
  if (rows.length === 0) return "_None._";
  const lines = [
    `| ${header.map(cell).join(" | ")} |`,
    `| ${rightAligned.map((r) => (r ? "---:" : "---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ];
  return lines.join("\n");
}

/** The statement as Markdown: one `##` section per part, figures right-aligned. */
export function renderMarkdown(s: TStatement): string {
  const parts = [
    `# Coverage statement — ${cell(s.portfolio.name)}`,
    `As of **${s.asOf}** (generated ${s.generatedOn}). Amounts in USD.\n\n**Method.** ${s.method}`,
    "## Totals",
    table(["Exposure", "Insured", "Uninsured", "Over-insured", "Share insured"], [true, true, true, true, true], [[
      s.totals.exposureUsd, s.totals.insuredUsd, s.totals.uninsuredUsd, s.totals.wastedUsd, formatShare(s.totals.share),
    ]]),
    "## By venue",
    table(["Venue", "Exposure", "Insured", "Uninsured", "Share insured"], [false, true, true, true, true],
      s.venues.map((v) => [v.label, v.exposureUsd, v.insuredUsd, v.uninsuredUsd, formatShare(v.share)])),
    "## Covers held",
    table(["Provider", "Product", "Status", "Amount", "Start", "Expiry", "Last day to claim", "Premium paid", "Annual rate"],
      [false, false, false, true, false, false, false, true, true],
      s.covers.map((c) => [c.provider, c.product, STANDING_LABELS[c.standing], c.amountUsd, c.startsAt, c.expiresAt, c.lastClaimDay ?? "unknown",
        c.premiumUsd ?? "unknown", c.annualRatePct == null ? "unknown" : `${c.annualRatePct} %`])),
    `## Uninsured gaps of ${s.gapThresholdUsd} or more`,
    table(["Position", "Venue", "Value", "Insured", "Uninsured"], [false, false, true, true, true],
      s.gaps.map((g) => [g.label, g.venue, g.valueUsd, g.insuredUsd, g.uninsuredUsd])),
    "## Provider concentration",
    table(["Provider", "Insured", "Share of insured", "Concentrated (> 50 %)"], [false, true, true, false],
      s.providers.map((p) => [p.label, p.insuredUsd, formatShare(p.share), p.concentrated ? "yes" : "no"])),
    "## Open alerts",
    table(["Severity", "Alert", "Count", "Amount"], [false, false, true, true],
      s.alerts.map((a) => [a.severity, a.title, a.count, a.totalUsd])),
    "## Data sources",
    table(["Source", "Last updated"], [false, false], s.sources.map((d) => [d.name, d.date ?? "unknown"])),
  ];
  return `${parts.join("\n\n")}\n`;
}
