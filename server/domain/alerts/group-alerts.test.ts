import { describe, expect, it } from "vitest";
import { buildAlerts } from "./build-alerts";
import { groupAlerts } from "./group-alerts";
import { cover, position, summary } from "./summary-fixture";

const gap = (id: string, uninsuredUsd: string) => position(id, { label: `Gap ${id}`, uninsuredUsd, flags: [{ code: "uninsured", coverIds: [] }] });

const demo = summary({
  positions: [
    gap("a", "2500000.00"),
    gap("b", "1700000.10"),
    gap("c", "0.05"),
    position("x1", { label: "Expiring later", flags: [{ code: "expiring_soon", coverIds: ["c1"], until: "2026-12-20" }] }),
    position("x2", { label: "Expiring first", flags: [{ code: "expiring_soon", coverIds: ["c1"], until: "2026-12-01" }] }),
    position("w", {
      label: "Claimable", uninsuredUsd: "45000.00",
      flags: [{ code: "expired", coverIds: ["c-old"] }, { code: "claim_window_open", coverIds: ["c-old"], until: "2026-11-28" }],
    }),
    position("o", {
      label: "Over", flags: [{ code: "over_insured", coverIds: ["c1"] }],
      risks: [{ risk: "protocol_exploit", exposureUsd: "30000.00", insuredUsd: "30000.00", uninsuredUsd: "0.00", wastedUsd: "20000.00", covers: [] }],
    }),
  ],
  covers: [cover("c1"), cover("c-old", { name: "Coverage pools", providerName: "Bridge Mutual", expiresAt: "2026-11-22" })],
  portfolioFlags: [{ code: "provider_concentration", key: "nexus-mutual", label: "Nexus Mutual", share: 1 }],
});

const options = { today: "2026-11-25", asOf: "2026-11-25" };

describe("grouped alerts", () => {
  it("one group per code, deadlines above gaps above waste, each with its count", () => {
    const { groups, openCount, acknowledgedCount } = groupAlerts(buildAlerts(demo, []), options);
    expect(groups.map((g) => [g.code, g.count])).toEqual([
      ["expiring_soon", 2], ["expired", 1], ["claim_window_open", 1], ["uninsured", 3], ["over_insured", 1], ["provider_concentration", 1],
    ]);
    // 2 expiring + 1 expired + 1 claim window + 3 uninsured + 1 over + 1 concentration = 9
    expect(openCount).toBe(9);
    expect(acknowledgedCount).toBe(0);
  });

  it("sums the uninsured exactly and says it in one line: $2,500,000.00 + $1,700,000.10 + $0.05 = $4,200,000.15 → $4.2M", () => {
    const uninsured = groupAlerts(buildAlerts(demo, []), options).groups.find((g) => g.code === "uninsured")!;
    expect(uninsured.totalUsd).toBe("4200000.15");
    expect(uninsured.title).toBe("3 positions uninsured — $4.2M");
    expect(uninsured.alerts.map((a) => a.positions[0]!.label)).toEqual(["Gap a", "Gap b", "Gap c"]);
  });

  it("names the nearest deadline, counted from the as-of day", () => {
    const { groups } = groupAlerts(buildAlerts(demo, []), options);
    const expiring = groups.find((g) => g.code === "expiring_soon")!;
    // Nov 25 → Dec 1 is 6 days.
    expect(expiring.title).toBe("Cover expiring on 2 positions — the first Dec 1, 2026 (in 6 days)");
    expect(expiring.until).toBe("2026-12-01");
    expect(expiring.alerts[0]!.positions[0]!.label).toBe("Expiring first");
    expect(groups.find((g) => g.code === "claim_window_open")!.title).toBe("Claim window open on 1 position — the first closes Nov 28, 2026 (in 3 days)");
    expect(groups.find((g) => g.code === "expired")!.title).toBe("Cover expired on 1 position — $45,000.00 uninsured");
    expect(groups.find((g) => g.code === "over_insured")!.title).toBe("1 position over-insured — $20,000.00 beyond exposure");
    expect(groups.find((g) => g.code === "provider_concentration")!.title).toBe("100% of your cover is with Nexus Mutual");
    expect(groups.find((g) => g.code === "expiring_soon")!.totalUsd).toBeNull();
  });

  it("carries the first few alerts of a long group and counts the rest", () => {
    const many = summary({ positions: Array.from({ length: 55 }, (_, i) => gap(`p${i}`, `${1000 + i}.00`)) });
    const [group] = groupAlerts(buildAlerts(many, []), { ...options, perGroup: 3 }).groups;
    expect(group!.count).toBe(55);
    expect(group!.alerts).toHaveLength(3);
    // The largest first: p54 holds $1,054.00.
    expect(group!.alerts[0]!.positions[0]!.id).toBe("p54");
    // 55 × 1,000 + (0 + 1 + … + 54) = 55,000 + 1,485 = 56,485
    expect(group!.totalUsd).toBe("56485.00");
  });

  it("leaves acknowledged alerts out until the day after their date, counted apart; shows them when asked", () => {
    const acks = [{ key: "pf1:a:uninsured", until: "2026-11-30" }, { key: "pf1:portfolio:provider_concentration:nexus-mutual", until: "2026-11-30" }];
    const alerts = buildAlerts(demo, acks);
    const hidden = groupAlerts(alerts, { ...options, today: "2026-11-30" });
    expect(hidden.acknowledgedCount).toBe(2);
    expect(hidden.openCount).toBe(7);
    const uninsured = hidden.groups.find((g) => g.code === "uninsured")!;
    // $1,700,000.10 + $0.05 without the acknowledged $2.5M
    expect(uninsured.totalUsd).toBe("1700000.15");
    expect(uninsured.count).toBe(2);
    expect(hidden.groups.map((g) => g.code)).not.toContain("provider_concentration");

    const shown = groupAlerts(alerts, { ...options, today: "2026-11-30", includeAcknowledged: true });
    expect(shown.groups.find((g) => g.code === "uninsured")).toMatchObject({ count: 3, acknowledgedCount: 1 });
    expect(shown.groups.find((g) => g.code === "provider_concentration")).toMatchObject({ count: 1, acknowledgedCount: 1 });

    const dayAfter = groupAlerts(alerts, { ...options, today: "2026-12-01" });
    expect(dayAfter).toMatchObject({ openCount: 9, acknowledgedCount: 0 });
  });

  it("a portfolio with nothing to say has no groups", () => {
    expect(groupAlerts(buildAlerts(summary(), []), options)).toEqual({ groups: [], openCount: 0, acknowledgedCount: 0 });
  });
});
