import { describe, expect, it } from "vitest";
import { incidentAffects } from "./affects";
import { claimDeadline } from "./claim-deadline";
import { evidenceChecklist } from "./evidence";

const families = new Map([["curve-dex", "curve"], ["aave-v3", "aave"]]);
const curveEth = { venue: "curve-dex", chain: "ethereum", risks: ["protocol_exploit", "depeg"] as const };

describe("which positions an incident affects", () => {
  it("matches the venue or its family, the chain, and the kind", () => {
    const exploit = { venueSlug: "curve-dex", chains: ["ethereum"], kind: "protocol_exploit" as const };
    expect(incidentAffects(exploit, curveEth, families)).toBe(true);
    expect(incidentAffects({ ...exploit, venueSlug: "curve" }, curveEth, families)).toBe(true); // the family
    expect(incidentAffects({ ...exploit, venueSlug: "aave" }, curveEth, families)).toBe(false); // another family
    expect(incidentAffects({ ...exploit, chains: ["arbitrum"] }, curveEth, families)).toBe(false);
    expect(incidentAffects({ ...exploit, kind: "custody_theft" }, curveEth, families)).toBe(false); // not one of its risks
  });

  it("an incident that names no chain matches any chain; an unresolved one matches nothing", () => {
    expect(incidentAffects({ venueSlug: "curve-dex", chains: [], kind: "depeg" }, curveEth, families)).toBe(true);
    expect(incidentAffects({ venueSlug: null, chains: [], kind: "protocol_exploit" }, curveEth, families)).toBe(false);
  });
});

describe("the last day to file", () => {
  // Incident 2023-07-30; the window is 35 days after the cover ends.
  const incident = "2023-07-30";
  it("runs claimWindowDays from the cover's end: ending the day before, of, or after the incident", () => {
    // 2023-07-29 + 35 = 2023-09-02; 2023-07-30 + 35 = 2023-09-03; 2023-07-31 + 35 = 2023-09-04
    expect(claimDeadline({ expiresAt: "2023-07-29", claimWindowDays: 35 }, incident, "2023-08-01")).toEqual({ lastDay: "2023-09-02", daysLeft: 32 });
    expect(claimDeadline({ expiresAt: "2023-07-30", claimWindowDays: 35 }, incident, "2023-08-01")).toEqual({ lastDay: "2023-09-03", daysLeft: 33 });
    expect(claimDeadline({ expiresAt: "2023-07-31", claimWindowDays: 35 }, incident, "2023-08-01")).toEqual({ lastDay: "2023-09-04", daysLeft: 34 });
  });

  it("is never before the incident, says when it has passed, and is unknown without a window", () => {
    // No window after a cover that ended the day before: the day of the incident itself.
    expect(claimDeadline({ expiresAt: "2023-07-29", claimWindowDays: 0 }, incident, "2023-07-30")).toEqual({ lastDay: incident, daysLeft: 0 });
    expect(claimDeadline({ expiresAt: "2023-07-31", claimWindowDays: 35 }, incident, "2023-09-10").daysLeft).toBe(-6);
    expect(claimDeadline({ expiresAt: "2023-07-31", claimWindowDays: null }, incident, "2023-08-01")).toEqual({ lastDay: null, daysLeft: null });
  });
});

describe("the evidence checklist", () => {
  it("lists the common evidence, then what the claims model adds", () => {
    const vote = evidenceChecklist("discretionary_vote");
    expect(vote[0]).toBe("The affected addresses and the chain they are on");
    expect(vote).toContain("Answers ready for the claim assessors' questions: the vote can ask for more");
    expect(evidenceChecklist("parametric").at(-1)).toMatch(/trigger/);
    expect(evidenceChecklist("custodian_policy").some((e) => e.includes("custodian's own incident notice"))).toBe(true);
    expect(evidenceChecklist(null)).toHaveLength(5);
  });
});
