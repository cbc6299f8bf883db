import type { TSummary, TSummaryCover, TSummaryPosition } from "@/lib/schemas/summary";
import { riskLabel } from "@/lib/format/calendar";

export type CoverState = { kind: "in_force" | "not_started" | "expired" | "draft"; label: string };
export type CoverShareRow = { risk: string; allocatedUsd: string; payUsd: string };
export type PositionCoverView = { cover: TSummaryCover; state: CoverState; shares: CoverShareRow[] };
export type RiskBarRow = { label: string; insured: number; uninsured: number };

/** The position and the covers linked to it, from its portfolio's summary. */
export function positionOf(summary: TSummary, positionId: string): { position: TSummaryPosition; covers: TSummaryCover[] } | null {
  const position = summary.positions.find((p) => p.id === positionId);
  if (!position) return null;
  return { position, covers: summary.covers.filter((c) => c.positionIds.includes(positionId)) };
}

/** A cover counts on `asOf` when startsAt ≤ asOf < expiresAt (DESIGN §3.2). */
export function coverState(cover: TSummaryCover, asOf: string): CoverState {
  if (cover.status === "draft") return { kind: "draft", label: "Draft (not counted)" };
  if (asOf < cover.startsAt) return { kind: "not_started", label: "Not started" };
  if (asOf >= cover.expiresAt) return { kind: "expired", label: "Expired" };
  return { kind: "in_force", label: "In force" };
}

/** What each linked cover is allocated and pays, per risk of the position, as the sizing module computed it. */
export function coverViews(position: TSummaryPosition, covers: TSummaryCover[], asOf: string): PositionCoverView[] {
  return covers.map((cover) => ({
    cover,
    state: coverState(cover, asOf),
    shares: position.risks.flatMap((r) =>
      r.covers.filter((s) => s.coverId === cover.id).map((s) => ({ risk: riskLabel(r.risk), allocatedUsd: s.allocatedUsd, payUsd: s.payUsd }))),
  }));
}

export function riskBars(position: TSummaryPosition): RiskBarRow[] {
  return position.risks.map((r) => ({ label: riskLabel(r.risk), insured: Number(r.insuredUsd), uninsured: Number(r.uninsuredUsd) }));
}
