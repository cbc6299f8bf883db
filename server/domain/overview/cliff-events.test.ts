import { describe, expect, it } from "vitest";
import { cover, summary } from "@/server/domain/alerts/summary-fixture";
import { cliffEvents } from "./cliff-events";

describe("cover cliff events", () => {
  it("lists each day a held cover starts or expires within 12 months, with the insured total from then", () => {
    const s = summary({
      asOf: "2026-12-04",
      timeline: [{ date: "2026-12-04", insuredUsd: "300.00" }, { date: "2027-01-10", insuredUsd: "200.00" }],
      covers: [
        cover("a", { name: "A", providerName: null, startsAt: "2026-01-01", expiresAt: "2027-01-10" }),
        cover("b", { name: "B", providerName: null, startsAt: "2027-03-01", expiresAt: "2028-03-01" }),
        cover("draft", { name: "Draft", providerName: null, status: "draft", startsAt: "2027-02-01", expiresAt: "2027-04-01" }),
      ],
    });
    expect(cliffEvents(s)).toEqual([
      { date: "2026-12-04", insuredUsd: "300.00", starts: [], startsMore: 0, expires: [], expiresMore: 0 },
      { date: "2027-01-10", insuredUsd: "200.00", starts: [], startsMore: 0, expires: ["A"], expiresMore: 0 },
      // B's expiry (2028-03-01) is past the 365-day window ending 2027-12-04; drafts are not held.
      { date: "2027-03-01", insuredUsd: null, starts: ["B"], startsMore: 0, expires: [], expiresMore: 0 },
    ]);
  });

  it("names three covers a day and counts the rest", () => {
    const covers = Array.from({ length: 200 }, (_, i) => cover(`c${i}`, { name: `C${String(i).padStart(3, "0")}`, providerName: null, expiresAt: "2027-01-10" }));
    const [, day] = cliffEvents(summary({ asOf: "2026-12-04", covers, timeline: [{ date: "2026-12-04", insuredUsd: "1.00" }] }));
    expect(day).toMatchObject({ date: "2027-01-10", expires: ["C000", "C001", "C002"], expiresMore: 197 });
  });
});
