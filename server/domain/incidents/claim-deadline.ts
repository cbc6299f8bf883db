import { addDays, daysBetween } from "@/lib/format/calendar";

export type ClaimDeadline = {
  /** expiresAt + claimWindowDays, and never before the incident; null when the claim window is unknown. */
  lastDay: string | null;
  /** Days from `today` to lastDay (negative: passed); null when unknown. */
  daysLeft: number | null;
};

/**
 * The last day to file a claim on a cover for an incident (DESIGN §11). The window runs from the
 * cover's end; a cover that counted on the incident day can always be claimed on that day, so the
 * deadline is never earlier than the incident itself.
 */
export function claimDeadline(cover: { expiresAt: string; claimWindowDays: number | null }, incidentDate: string, today: string): ClaimDeadline {
  if (cover.claimWindowDays === null) return { lastDay: null, daysLeft: null };
  const byWindow = addDays(cover.expiresAt, cover.claimWindowDays);
  const lastDay = byWindow < incidentDate ? incidentDate : byWindow;
  return { lastDay, daysLeft: daysBetween(today, lastDay) };
}
