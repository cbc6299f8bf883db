import { describe, expect, it } from "vitest";
import { barRows, cliffEvents, cliffMarkers, cliffPoints, donutSlices, monthTicks } from "./chart-data";
import { dayToTime } from "@/lib/format/calendar";
import { cover, summary } from "@/server/domain/alerts/summary-fixture";

const row = (label: string, insuredUsd: string, uninsuredUsd: string) => ({ key: label, label, insuredUsd, uninsuredUsd });

describe("chart data", () => {
  it("the donut splits the totals into insured and uninsured", () => {
    const totals = { valueUsd: "890000.00", insuredUsd: "430000.00", uninsuredUsd: "460000.00", wastedUsd: "20000.00", ratio: 0.4831 };
    expect(donutSlices(totals)).toEqual([
      { name: "Insured", value: 430000, tone: "insured" },
      { name: "Uninsured", value: 460000, tone: "uninsured" },
    ]);
  });

  it("bars keep the largest groups by exposure, largest first", () => {
    const rows = [row("arbitrum", "30000.00", "0.00"), row("ethereum", "260000.00", "425000.00"), row("base", "50000.00", "10000.00"), row("solana", "0.00", "25000.00")];
    expect(barRows(rows, 3)).toEqual([
      { label: "ethereum", insured: 260000, uninsured: 425000 },
      { label: "base", insured: 50000, uninsured: 10000 },
      { label: "arbitrum", insured: 30000, uninsured: 0 },
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

  it("the cover cliff steps through the timeline and holds the last total to 12 months out", () => {
    expect(cliffPoints(s)).toEqual([
      { time: dayToTime("2026-11-25"), insured: 430000 },
      { time: dayToTime("2026-12-05"), insured: 500000 },
      { time: dayToTime("2026-12-07"), insured: 450000 },
      { time: dayToTime("2027-11-25"), insured: 450000 },
    ]);
  });

  it("marks each held cover's expiry inside the window (not the next year's, not drafts)", () => {
    expect(cliffMarkers(s)).toEqual([
      { time: dayToTime("2026-12-07"), label: "OpenCover L2 cover" },
      { time: dayToTime("2027-05-04"), label: "Etherisc USDC Depeg" },
    ]);
  });

  it("lists every day something changes, with what starts or expires", () => {
    expect(cliffEvents(s)).toEqual([
      { date: "2026-11-25", insuredUsd: "430000.00", changes: [] },
      { date: "2026-12-05", insuredUsd: "500000.00", changes: ["Nexus Mutual Protocol Cover starts"] },
      { date: "2026-12-07", insuredUsd: "450000.00", changes: ["OpenCover L2 cover expires"] },
      { date: "2027-05-04", insuredUsd: null, changes: ["Etherisc USDC Depeg expires"] },
    ]);
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
