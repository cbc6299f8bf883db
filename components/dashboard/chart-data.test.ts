import { describe, expect, it } from "vitest";
import { barRows, changesOf, cliffMarkers, cliffPoints, donutSlices, monthTicks } from "./chart-data";
import { dayToTime } from "@/lib/format/calendar";
import { cliffEvents } from "@/server/domain/overview/cliff-events";
import { cover, summary } from "@/server/domain/alerts/summary-fixture";

const row = (label: string, insuredUsd: string, uninsuredUsd: string, others = 0) => ({ key: label, label, insuredUsd, uninsuredUsd, others });

describe("chart data", () => {
  it("the donut splits the totals into insured and uninsured", () => {
    const totals = { valueUsd: "890000.00", insuredUsd: "430000.00", uninsuredUsd: "460000.00", wastedUsd: "20000.00", ratio: 0.4831 };
    expect(donutSlices(totals)).toEqual([
      { name: "Insured", value: 430000, tone: "insured" },
      { name: "Uninsured", value: 460000, tone: "uninsured" },
    ]);
  });

  it("bars keep the largest groups by exposure, largest first, and the Others row last", () => {
    const rows = [row("arbitrum", "30000.00", "0.00"), row("Others (4)", "900000.00", "0.00", 4), row("ethereum", "260000.00", "425000.00"), row("base", "50000.00", "10000.00"), row("solana", "0.00", "25000.00")];
    expect(barRows(rows, 4)).toEqual([
      { label: "ethereum", insured: 260000, uninsured: 425000 },
      { label: "base", insured: 50000, uninsured: 10000 },
      { label: "arbitrum", insured: 30000, uninsured: 0 },
      { label: "Others (4)", insured: 900000, uninsured: 0 },
    ]);
  });

  const s = summary({
    asOf: "2026-11-25",
    timeline: [{ date: "2026-11-25", insuredUsd: "430000.00" }, { date: "2026-12-05", insuredUsd: "500000.00" }, { date: "2026-12-07", insuredUsd: "450000.00" }],
    covers: [
      cover("starts", { providerName: "Nexus Mutual", startsAt: "2026-12-05", expiresAt: "2027-12-05" }),
      cover("ends", { name: "L2 cover", providerName: "OpenCover", startsAt: "2025-12-20", expiresAt: "2026-12-07" }),
      cover("depeg", { name: "USDC Depeg", providerName: "Etherisc", startsAt: "2026-11-05", expiresAt: "2027-05-04" }),
      cover("gone", { expiresAt: "2026-10-21", startsAt: "2026-07-23" }),
      cover("draft", { status: "draft", expiresAt: "2027-01-01" }),
    ],
  });
  const events = cliffEvents(s);

  it("the cover cliff steps through the timeline and holds the last total to 12 months out", () => {
    expect(cliffPoints(s.asOf, s.timeline)).toEqual([
      { time: dayToTime("2026-11-25"), insured: 430000 },
      { time: dayToTime("2026-12-05"), insured: 500000 },
      { time: dayToTime("2026-12-07"), insured: 450000 },
      { time: dayToTime("2027-11-25"), insured: 450000 },
    ]);
  });

  it("marks each held cover's expiry inside the window (not the next year's, not drafts)", () => {
    expect(cliffMarkers(events)).toEqual([
      { time: dayToTime("2026-12-07"), label: "OpenCover L2 cover", row: 0 },
      { time: dayToTime("2027-05-04"), label: "Etherisc USDC Depeg", row: 0 },
    ]);
  });

  it("says what changes each day", () => {
    expect(events.map((e) => [e.date, e.insuredUsd, changesOf(e)])).toEqual([
      ["2026-11-25", "430000.00", ""],
      ["2026-12-05", "500000.00", "Nexus Mutual Protocol Cover starts"],
      ["2026-12-07", "450000.00", "OpenCover L2 cover expires"],
      ["2027-05-04", null, "Etherisc USDC Depeg expires"],
    ]);
    expect(changesOf({ date: "2027-01-01", insuredUsd: null, starts: [], startsMore: 0, expires: ["A", "B", "C"], expiresMore: 4 })).toBe("A, B, C, 4 more expire");
  });

  it("labels expiries a month apart on two lines, and leaves a third too close to both unlabelled", () => {
    const expiry = (date: string) => ({ date, insuredUsd: null, starts: [], startsMore: 0, expires: [date], expiresMore: 0 });
    // Nov 3 → Dec 3 is 30 days (< 75): the second goes on line 2; Dec 10 fits on neither; Feb 1 is 90 days after Nov 3.
    expect(cliffMarkers([expiry("2026-11-03"), expiry("2026-12-03"), expiry("2026-12-10"), expiry("2027-02-01")]).map((m) => m.row)).toEqual([0, 1, null, 0]);
  });
});

describe("cliff axis", () => {
  it("ticks on the first of the month, thinned to fit", () => {
    expect(monthTicks("2026-11-25", "2027-11-25", 6).map((t) => new Date(t).toISOString().slice(0, 10))).toEqual([
      "2026-12-01", "2027-02-01", "2027-04-01", "2027-06-01", "2027-08-01", "2027-10-01",
    ]);
    expect(monthTicks("2026-11-25", "2026-11-30")).toEqual([]);
  });
});
