import { isKnownChain } from "@/lib/chains";
import type { TIncidentListInput } from "@/lib/schemas/incident";
import type { COVERAGE_TYPES } from "@/lib/schemas/values";

export type IncidentFilters = {
  q: string;
  venue: string;
  chain: string;
  kind: "" | (typeof COVERAGE_TYPES)[number];
  from: string;
  to: string;
};

export const NO_INCIDENT_FILTERS: IncidentFilters = { q: "", venue: "", chain: "", kind: "", from: "", to: "" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters as incident.list takes them: blank ones left out; a half-typed date waits until it is a day. */
export function incidentQuery(f: IncidentFilters): Omit<TIncidentListInput, "cursor" | "limit"> {
  const from = DAY.test(f.from) ? f.from : undefined;
  const to = DAY.test(f.to) ? f.to : undefined;
  return {
    ...(f.q.trim() && { q: f.q.trim() }),
    ...(f.venue && { venue: f.venue }),
    ...(isKnownChain(f.chain) && { chain: f.chain }),
    ...(f.kind && { kind: f.kind }),
    ...(from && { from }),
    // A range typed backwards is not sent as such: the "to" field says so instead.
    ...(to && !(from && to < from) && { to }),
  };
}

export function rangeError(f: IncidentFilters): string | null {
  return DAY.test(f.from) && DAY.test(f.to) && f.to < f.from ? "Must be on or after the start date" : null;
}

export const hasIncidentFilters = (f: IncidentFilters) => Object.values(f).some((v) => v !== "");
