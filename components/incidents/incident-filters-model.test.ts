import { describe, expect, it } from "vitest";
import { hasIncidentFilters, incidentQuery, NO_INCIDENT_FILTERS, rangeError } from "./incident-filters-model";

describe("incident filters", () => {
  it("send only what is set, trimmed", () => {
    expect(incidentQuery(NO_INCIDENT_FILTERS)).toEqual({});
    expect(incidentQuery({ ...NO_INCIDENT_FILTERS, q: "  curve ", chain: "ethereum", kind: "protocol_exploit", from: "2023-07-01" }))
      .toEqual({ q: "curve", chain: "ethereum", kind: "protocol_exploit", from: "2023-07-01" });
  });

  it("hold back a half-typed or backwards date range, and say why", () => {
    expect(incidentQuery({ ...NO_INCIDENT_FILTERS, from: "2023-07" })).toEqual({});
    const backwards = { ...NO_INCIDENT_FILTERS, from: "2023-08-01", to: "2023-07-01" };
    expect(incidentQuery(backwards)).toEqual({ from: "2023-08-01" });
    expect(rangeError(backwards)).toBe("Must be on or after the start date");
    expect(rangeError({ ...backwards, to: "2023-08-01" })).toBeNull();
    expect(hasIncidentFilters(backwards)).toBe(true);
    expect(hasIncidentFilters(NO_INCIDENT_FILTERS)).toBe(false);
  });
});
