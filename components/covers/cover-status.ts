import type { TSummaryPosition } from "@/lib/schemas/summary";

export type CoverBadge = { label: string; tone: "warn" | "info" | "ok" | "muted" };

const DAY_MS = 86_400_000;
const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/** Same window as the sizing module's expiring_soon flag (DESIGN §3.3 default). */
export const EXPIRING_DAYS = 30;

type CoverDates = { id: string; status: "held" | "draft"; startsAt: string; expiresAt: string; positionIds: readonly string[] };

/**
 * Where a cover is in its life on `asOf` (the server's day), and an open claim window as the
 * sizing module reported it (it knows the product's window when the cover has none of its own).
 */
export function coverBadges(cover: CoverDates, asOf: string, claimWindowUntil?: string | null): CoverBadge[] {
  const badges: CoverBadge[] = [];
  if (cover.status === "draft") badges.push({ label: "Draft", tone: "muted" });
  const daysLeft = dayNumber(cover.expiresAt) - dayNumber(asOf);
  if (daysLeft <= 0) {
    badges.push({ label: "Expired", tone: "warn" });
    if (claimWindowUntil !== undefined) {
      badges.push({ label: claimWindowUntil ? `Claim window open until ${claimWindowUntil}` : "Claim window open", tone: "warn" });
    }
  } else if (cover.startsAt > asOf) {
    badges.push({ label: "Not started", tone: "info" });
  } else if (daysLeft <= EXPIRING_DAYS) {
    badges.push({ label: daysLeft === 1 ? "Expires tomorrow" : `Expires in ${daysLeft} days`, tone: "warn" });
  } else {
    badges.push({ label: "Active", tone: "ok" });
  }
  // A cover linked to nothing counts in no figure: say so rather than let it look fine.
  if (cover.positionIds.length === 0) badges.push({ label: "No positions linked", tone: "warn" });
  return badges;
}

/**
 * Cover id → the last day to file a claim, from the positions' claim_window_open flags. A flag
 * naming several covers carries the earliest of their days, so it dates none of them (null).
 */
export function claimWindows(positions: readonly Pick<TSummaryPosition, "flags">[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of positions) {
    for (const f of p.flags) {
      if (f.code !== "claim_window_open") continue;
      const until = f.coverIds.length === 1 && f.until ? f.until : null;
      for (const id of f.coverIds) if (!out.get(id)) out.set(id, until);
    }
  }
  return out;
}
