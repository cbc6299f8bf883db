import { addDays, formatDay } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";

/** A held cover as the calendar sees it: days are UTC `YYYY-MM-DD`, like the sizing module's. */
export type CalendarCover = {
  id: string;
  portfolioId: string;
  portfolioName: string;
  /** The catalog product's name, else the name typed for a cover bought elsewhere. */
  productName: string | null;
  providerName: string | null;
  amountUsd: string;
  startsAt: string;
  /** The first day the cover no longer counts (it counts while startsAt ≤ day < expiresAt). */
  expiresAt: string;
  /** The cover's own claim window, else its product's; null = unknown. */
  claimWindowDays: number | null;
  positionLabels: string[];
};

export type CoverEventKind = "start" | "expiry" | "claim_window_end";

export type CoverEvent = {
  kind: CoverEventKind;
  coverId: string;
  /** The all-day event's day. */
  date: string;
  uid: string;
  summary: string;
  description: string;
  url: string;
};

/** An expired cover stays in the feed this long, or while its claim window is open if that is longer. */
export const RECENTLY_EXPIRED_DAYS = 30;
const LABELS_SHOWN = 3;

const UID_SUFFIX: Record<CoverEventKind, string> = { start: "start", expiry: "expiry", claim_window_end: "claim-window-end" };

/** Stable per cover and kind, so a calendar updates the event instead of adding another. */
export function coverEventUid(coverId: string, kind: CoverEventKind): string {
  return `cover-${coverId}-${UID_SUFFIX[kind]}@coverdesk`;
}

export function coverName(cover: Pick<CalendarCover, "productName" | "providerName">): string {
  const product = cover.productName?.trim() || "Unnamed cover";
  const provider = cover.providerName?.trim();
  return provider && !product.toLowerCase().startsWith(provider.toLowerCase()) ? `${provider} ${product}` : product;
}

/**
 * The last day a claim can be filed: the window is open on days X … X + W − 1 after the expiry X,
 * as the sizing module's claim_window_open flag counts it. Null when there is no known window.
 */
export function lastClaimDay(cover: Pick<CalendarCover, "expiresAt" | "claimWindowDays">): string | null {
  const days = cover.claimWindowDays;
  if (days == null || !Number.isInteger(days) || days <= 0) return null;
  return addDays(cover.expiresAt, days - 1);
}

/** Whether the feed lists the cover: not expired, expired within RECENTLY_EXPIRED_DAYS, or still claimable. */
export function isInFeed(cover: Pick<CalendarCover, "expiresAt" | "claimWindowDays">, today: string): boolean {
  if (cover.expiresAt >= addDays(today, -RECENTLY_EXPIRED_DAYS)) return true;
  const lastDay = lastClaimDay(cover);
  return lastDay !== null && lastDay >= today;
}

function positionsText(labels: readonly string[]): string {
  if (labels.length <= LABELS_SHOWN) return labels.join(", ");
  return `${labels.slice(0, LABELS_SHOWN).join(", ")} and ${labels.length - LABELS_SHOWN} more`;
}

export function portfolioUrl(baseUrl: string, portfolioId: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/portfolios/${encodeURIComponent(portfolioId)}`;
}

function summaryOf(kind: CoverEventKind, name: string, cover: CalendarCover): string {
  const what = kind === "start" ? `${name} starts` : kind === "expiry" ? `${name} expires` : `Last day to claim on ${name}`;
  const positions = positionsText(cover.positionLabels);
  return `${what}${positions ? ` — ${positions}` : ""} (portfolio ${cover.portfolioName})`;
}

function descriptionOf(kind: CoverEventKind, name: string, cover: CalendarCover, url: string): string {
  const lastDay = lastClaimDay(cover);
  const claimLine = lastDay
    ? `Claims can be filed until ${formatDay(lastDay)} (${cover.claimWindowDays} days after expiry).`
    : "Claim window unknown: check the provider's terms.";
  const dates = kind === "start"
    ? `Starts ${formatDay(cover.startsAt)}, expires ${formatDay(cover.expiresAt)}.`
    : kind === "expiry"
      ? `Expires ${formatDay(cover.expiresAt)}: from this day it no longer pays for new losses. ${claimLine}`
      : `Expired ${formatDay(cover.expiresAt)}. ${claimLine}`;
  return [
    `${name}: ${formatUsd(cover.amountUsd)} of cover.`,
    ...(cover.positionLabels.length > 0 ? [`Positions: ${cover.positionLabels.join(", ")}`] : []),
    dates,
    `Portfolio ${cover.portfolioName}: ${url}`,
  ].join("\n");
}

/**
 * The cover's dated events: its start (only while still ahead), its expiry, and the last day to
 * file a claim (when the window is known). `baseUrl` is where the portfolio pages are served.
 */
export function coverEvents(covers: readonly CalendarCover[], { today, baseUrl }: { today: string; baseUrl: string }): CoverEvent[] {
  return covers.flatMap((cover) => {
    const name = coverName(cover);
    const url = portfolioUrl(baseUrl, cover.portfolioId);
    const lastDay = lastClaimDay(cover);
    const dated: [CoverEventKind, string][] = [
      ...(cover.startsAt > today ? [["start", cover.startsAt] as [CoverEventKind, string]] : []),
      ["expiry", cover.expiresAt],
      ...(lastDay ? [["claim_window_end", lastDay] as [CoverEventKind, string]] : []),
    ];
    return dated.map(([kind, date]) => ({
      kind, coverId: cover.id, date, uid: coverEventUid(cover.id, kind),
      summary: summaryOf(kind, name, cover), description: descriptionOf(kind, name, cover, url), url,
    }));
  });
}
