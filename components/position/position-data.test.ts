import { describe, expect, it } from "vitest";
import { cover, position, summary } from "@/server/domain/alerts/summary-fixture";
import { coverState, coverViews, positionOf, riskBars } from "./position-data";

const curve = position("curve", {
  label: "Curve LP",
  risks: [
    {
      risk: "protocol_exploit", exposureUsd: "30000.00", insuredUsd: "30000.00", uninsuredUsd: "0.00", wastedUsd: "20000.00",
      covers: [{ coverId: "nexus", allocatedUsd: "30000.00", payUsd: "28500.00" }, { coverId: "open", allocatedUsd: "20000.00", payUsd: "20000.00" }],
    },
    { risk: "depeg", exposureUsd: "30000.00", insuredUsd: "0.00", uninsuredUsd: "30000.00", wastedUsd: "0.00", covers: [] },
  ],
});
const covers = [
  cover("nexus", { positionIds: ["curve"] }),
  cover("open", { positionIds: ["curve", "other"], providerName: "OpenCover" }),
  cover("elsewhere", { positionIds: ["other"] }),
  cover("lapsed", { positionIds: ["curve"], startsAt: "2025-01-01", expiresAt: "2026-01-01" }),
];

describe("position view", () => {
  it("finds the position and only the covers linked to it", () => {
    const found = positionOf(summary({ positions: [curve], covers }), "curve");
    expect(found?.covers.map((c) => c.id)).toEqual(["nexus", "open", "lapsed"]);
    expect(positionOf(summary({ positions: [curve], covers }), "gone")).toBeNull();
  });

  it("shows what each cover is allocated and pays per risk, as sized", () => {
    const views = coverViews(curve, covers.filter((c) => c.positionIds.includes("curve")), "2026-11-25");
    expect(views.map((v) => [v.cover.id, v.state.kind, v.shares])).toEqual([
      ["nexus", "in_force", [{ risk: "protocol exploit", allocatedUsd: "30000.00", payUsd: "28500.00" }]],
      ["open", "in_force", [{ risk: "protocol exploit", allocatedUsd: "20000.00", payUsd: "20000.00" }]],
      ["lapsed", "expired", []],
    ]);
  });

  it("a cover counts from its start day up to the day before it expires", () => {
    const c = cover("c", { startsAt: "2026-12-01", expiresAt: "2027-12-01" });
    expect(coverState(c, "2026-11-30").kind).toBe("not_started");
    expect(coverState(c, "2026-12-01").kind).toBe("in_force");
    expect(coverState(c, "2027-11-30").kind).toBe("in_force");
    expect(coverState(c, "2027-12-01").kind).toBe("expired");
    expect(coverState({ ...c, status: "draft" }, "2027-01-01").kind).toBe("draft");
  });

  it("draws one bar per risk", () => {
    expect(riskBars(curve)).toEqual([
      { label: "protocol exploit", insured: 30000, uninsured: 0 },
      { label: "depeg", insured: 0, uninsured: 30000 },
    ]);
  });
});
