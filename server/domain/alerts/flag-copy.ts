import { venueText } from "@/lib/format/venue";
import { chainName } from "@/lib/chains";
import { formatRatio, formatUsd } from "@/lib/format/money";
import type { TFlagCode, TSummaryCover, TSummaryPosition } from "@/lib/schemas/summary";
import { compareUsd, formatDay, isZeroUsd, relativeDays, riskLabel } from "@/lib/format/calendar";

export type FlagContext = { asOf: string; targetRatio: number; coversById: ReadonlyMap<string, TSummaryCover> };
export type FlagCopy = { title: string; detail: string };
type Flag = TSummaryPosition["flags"][number];

function coversOf(flag: Flag, ctx: FlagContext): TSummaryCover[] {
  return flag.coverIds.flatMap((id) => ctx.coversById.get(id) ?? []);
}

function namesOf(covers: TSummaryCover[]): string {
  const names = covers.map((c) => (c.providerName ? `${c.providerName} ${c.name}` : c.name));
  return names.length > 0 ? names.join(" and ") : "Its cover";
}

function primaryRiskText(p: TSummaryPosition): string {
  return p.primaryRisk ? riskLabel(p.primaryRisk) : "its main risk";
}

/** The risks that carry cover beyond their exposure, e.g. "$20,000.00 on protocol exploit". */
export function wastedRisks(p: TSummaryPosition): { text: string; largestUsd: string } {
  const rows = p.risks.filter((r) => !isZeroUsd(r.wastedUsd)).sort((a, b) => compareUsd(b.wastedUsd, a.wastedUsd));
  return {
    text: rows.map((r) => `${formatUsd(r.wastedUsd)} on ${riskLabel(r.risk)}`).join(", "),
    largestUsd: rows[0]?.wastedUsd ?? "0.00",
  };
}

function mismatchReason(p: TSummaryPosition, covers: TSummaryCover[]): string {
  const carried = new Set(p.risks.map((r) => r.risk));
  const wrongType = covers.find((c) => !carried.has(c.coverageType));
  if (wrongType) return `it insures ${riskLabel(wrongType.coverageType)}, a risk this position does not carry`;
  return `its venues or chains do not include ${venueText(p.venue, p.venueName)} on ${chainName(p.chain)}`;
}

type Describe = (p: TSummaryPosition, flag: Flag, ctx: FlagContext) => FlagCopy;

/** Copy shown next to the position's name, so it does not repeat it. */
const DESCRIBE: Record<TFlagCode, Describe> = {
  expiring_soon: (_p, flag, ctx) => ({
    title: `Cover expires ${relativeDays(ctx.asOf, flag.until ?? ctx.asOf)}`,
    detail: `${namesOf(coversOf(flag, ctx))} expires on ${formatDay(flag.until ?? ctx.asOf)} and no other cover takes over. Renew or replace it to stay insured.`,
  }),
  expired: (p, flag, ctx) => {
    const covers = coversOf(flag, ctx);
    const last = covers.map((c) => c.expiresAt).sort().at(-1);
    return {
      title: "Cover expired",
      detail: `${namesOf(covers)} ${last ? `expired on ${formatDay(last)}` : "has expired"}. No cover is in force: ${formatUsd(p.uninsuredUsd)} is uninsured.`,
    };
  },
  claim_window_open: (_p, flag, ctx) => {
    const covers = coversOf(flag, ctx);
    const until = flag.until ?? ctx.asOf;
    const ended = covers[0] ? `expired on ${formatDay(covers[0].expiresAt)}` : "has expired";
    return {
      title: `Claim window open until ${formatDay(until)}`,
      detail: `${namesOf(covers)} ${ended}. If an incident happened while it was in force, you can still file a claim until ${formatDay(until)} (${relativeDays(ctx.asOf, until)}).`,
    };
  },
  uninsured: (p) => ({
    title: `Uninsured: ${formatUsd(p.uninsuredUsd)}`,
    detail: `No cover in force pays for its main risk, ${primaryRiskText(p)}.`,
  }),
  under_insured: (p, _flag, ctx) => ({
    title: `Under-insured: ${formatRatio(p.ratio)} covered`,
    detail: `${formatUsd(p.insuredUsd)} of ${formatUsd(p.valueUsd)} is insured against ${primaryRiskText(p)}, below your ${formatRatio(ctx.targetRatio)} target; ${formatUsd(p.uninsuredUsd)} is uninsured.`,
  }),
  over_insured: (p) => ({
    title: `Over-insured: ${formatUsd(wastedRisks(p).largestUsd)} beyond exposure`,
    detail: `Cover beyond the position's value (${wastedRisks(p).text}) can never pay out. Reduce it, or move it to an uninsured position.`,
  }),
  scope_mismatch: (p, flag, ctx) => {
    const covers = coversOf(flag, ctx);
    return {
      title: "Cover does not apply",
      detail: `${namesOf(covers)} is linked to this position but pays nothing for it: ${mismatchReason(p, covers)}.`,
    };
  },
  not_started: (_p, flag, ctx) => {
    const covers = coversOf(flag, ctx);
    const starts = covers.map((c) => c.startsAt).sort()[0];
    return {
      title: "Cover not started yet",
      detail: `${namesOf(covers)} starts ${starts ? `on ${formatDay(starts)}` : "later"}; until then it does not count.`,
    };
  },
  no_cover_market: (p) => ({
    title: "No cover market",
    detail: `It carries none of the risks insurers cover (for example a native asset in your own wallet), so no cover can be bought for it and its ${formatUsd(p.valueUsd)} counts as uninsured.`,
  }),
};

export function describeFlag(p: TSummaryPosition, flag: Flag, ctx: FlagContext): FlagCopy {
  return DESCRIBE[flag.code](p, flag, ctx);
}

export function flagContextOf(summary: { asOf: string; targetRatio: number; covers: TSummaryCover[] }): FlagContext {
  return { asOf: summary.asOf, targetRatio: summary.targetRatio, coversById: new Map(summary.covers.map((c) => [c.id, c])) };
}
