import { describe, expect, it } from "vitest";
import { parseAlertKey } from "@/lib/schemas/alert";
import { buildAlerts, flagRank, isAcknowledged } from "./build-alerts";
import { cover, position, summary } from "./summary-fixture";

const demo = summary({
  positions: [
    position("ledger", { label: "ETH in Ledger", primaryRisk: null, flags: [{ code: "no_cover_market", coverIds: [] }] }),
    position("small", { label: "Small gap", uninsuredUsd: "5000.00", flags: [{ code: "uninsured", coverIds: [] }] }),
    position("big", { label: "Big gap", uninsuredUsd: "80000.00", flags: [{ code: "uninsured", coverIds: [] }, { code: "not_started", coverIds: ["c-later"] }] }),
    position("lido", { label: "Lido", valueUsd: "100000.00", insuredUsd: "40000.00", uninsuredUsd: "60000.00", ratio: 0.4, flags: [{ code: "under_insured", coverIds: ["c1"] }] }),
    position("euler", {
      label: "Euler", uninsuredUsd: "45000.00",
      flags: [{ code: "uninsured", coverIds: [] }, { code: "expired", coverIds: ["c-old"] }, { code: "claim_window_open", coverIds: ["c-old"], until: "2026-11-28" }],
    }),
    position("late", { label: "Later expiry", flags: [{ code: "expiring_soon", coverIds: ["c2"], until: "2026-12-20" }] }),
    position("soon", { label: "Sooner expiry", flags: [{ code: "expiring_soon", coverIds: ["c3"], until: "2026-12-07" }] }),
    position("curve", {
      label: "Curve", flags: [{ code: "over_insured", coverIds: ["c1"] }],
      risks: [{ risk: "protocol_exploit", exposureUsd: "30000.00", insuredUsd: "30000.00", uninsuredUsd: "0.00", wastedUsd: "20000.00", covers: [] }],
    }),
    position("kamino", { label: "Kamino", chain: "solana", venue: "kamino", flags: [{ code: "scope_mismatch", coverIds: ["c-depeg"] }] }),
  ],
  covers: [
    cover("c-old", { name: "Coverage pools", providerName: "Bridge Mutual", expiresAt: "2026-11-22" }),
    cover("c3", { providerName: "OpenCover", expiresAt: "2026-12-07" }),
    cover("c-depeg", { name: "USDC Depeg Protection", providerName: "Etherisc", coverageType: "depeg" }),
  ],
  portfolioFlags: [{ code: "provider_concentration", key: "nexus-mutual", label: "Nexus Mutual", share: 0.5526 }],
});

describe("alerts from the sizing result", () => {
  it("come most urgent first: expiring, expired, claim window, uninsured, under, over, scope, concentration", () => {
    const alerts = buildAlerts(demo, []);
    expect(alerts.map((a) => `${a.code}:${a.positions[0]?.label ?? "-"}`)).toEqual([
      "expiring_soon:Sooner expiry",
      "expiring_soon:Later expiry",
      "expired:Euler",
      "claim_window_open:Euler",
      "uninsured:Big gap",
      "uninsured:Euler",
      "uninsured:Small gap",
      "under_insured:Lido",
      "over_insured:Curve",
      "scope_mismatch:Kamino",
      "provider_concentration:-",
    ]);
  });

  it("leave out flags that need no action (no cover market, not started)", () => {
    const codes = buildAlerts(demo, []).map((a) => a.code);
    expect(codes).not.toContain("no_cover_market");
    expect(codes).not.toContain("not_started");
  });

  it("orders uninsured alerts by the exact amount, not as text", () => {
    const s = summary({
      positions: [
        position("a", { label: "nine", uninsuredUsd: "9000.00", flags: [{ code: "uninsured", coverIds: [] }] }),
        position("b", { label: "ten", uninsuredUsd: "10000.00", flags: [{ code: "uninsured", coverIds: [] }] }),
      ],
    });
    expect(buildAlerts(s, []).map((a) => a.positions[0]?.label)).toEqual(["ten", "nine"]);
  });

  it("say what happened and what to do, with exact figures and the last day to claim", () => {
    const byKey = new Map(buildAlerts(demo, []).map((a) => [a.key, a]));
    expect(byKey.get("pf1:euler:claim_window_open")).toMatchObject({
      title: "Claim window open until Nov 28, 2026",
      detail: expect.stringContaining("Bridge Mutual Coverage pools expired on Nov 22, 2026. If an incident happened while it was in force, you can still file a claim until Nov 28, 2026 (in 3 days)."),
      until: "2026-11-28",
      positions: [{ id: "euler", label: "Euler" }],
      covers: [{ id: "c-old", name: "Bridge Mutual Coverage pools" }],
    });
    expect(byKey.get("pf1:soon:expiring_soon")?.title).toBe("Cover expires in 12 days");
    expect(byKey.get("pf1:lido:under_insured")?.detail).toBe(
      "$40,000.00 of $100,000.00 is insured against protocol exploit, below your 80% target; $60,000.00 is uninsured.",
    );
    expect(byKey.get("pf1:curve:over_insured")?.title).toBe("Over-insured: $20,000.00 beyond exposure");
    expect(byKey.get("pf1:kamino:scope_mismatch")?.detail).toContain("it insures depeg, a risk this position does not carry");
    expect(byKey.get("pf1:portfolio:provider_concentration:nexus-mutual")?.title).toBe("55.3% of your cover is with Nexus Mutual");
  });

  it("an acknowledged alert is hidden up to and including its date", () => {
    const alerts = buildAlerts(demo, [{ key: "pf1:big:uninsured", until: "2026-11-30" }]);
    const big = alerts.find((a) => a.key === "pf1:big:uninsured");
    expect(big?.acknowledgedUntil).toBe("2026-11-30");
    expect(isAcknowledged(big!, "2026-11-30")).toBe(true);
    expect(isAcknowledged(big!, "2026-12-01")).toBe(false);
  });
});

describe("incident alerts (DESIGN §11)", () => {
  const hit = {
    id: "dhl-20230730-curve", date: "2023-07-30", venue: "Curve DEX", kindLabel: "protocol exploit",
    positions: [{ id: "curve", label: "Curve", uninsuredUsd: "1000.10" }, { id: "small", label: "Small gap", uninsuredUsd: "5000.00" }],
  };

  it("come above every other alert, urgent, keyed by the incident, with the uninsured total of the positions it hit", () => {
    const alerts = buildAlerts(demo, [], [hit]);
    expect(alerts[0]).toMatchObject({
      code: "incident", severity: "urgent", key: `${demo.portfolio.id}:portfolio:incident:dhl-20230730-curve`,
      title: "Curve DEX: protocol exploit on Jul 30, 2023 hit 2 positions",
      positions: [{ id: "curve", label: "Curve" }, { id: "small", label: "Small gap" }],
      // 1,000.10 + 5,000.00
      amountUsd: "6000.10",
    });
    expect(alerts.slice(1).map((a) => a.code)).not.toContain("incident");
  });

  it("name the one position when only one was hit, and can be acknowledged by their key", () => {
    const one = { ...hit, positions: [hit.positions[0]!] };
    const key = `${demo.portfolio.id}:portfolio:incident:dhl-20230730-curve`;
    const [alert] = buildAlerts(demo, [{ key, until: "2099-01-01" }], [one]);
    expect(alert).toMatchObject({ title: "Curve DEX: protocol exploit on Jul 30, 2023 hit Curve", acknowledgedUntil: "2099-01-01" });
    expect(parseAlertKey(key)).toEqual({ portfolioId: demo.portfolio.id, incidentId: "dhl-20230730-curve", code: "incident" });
    expect(parseAlertKey(`${demo.portfolio.id}:portfolio:incident:Not:An:Id`)).toBeNull();
  });
});

describe("flag urgency on the position page", () => {
  it("ranks every flag, non-alert flags last", () => {
    const codes = ["not_started", "uninsured", "claim_window_open", "expired", "no_cover_market"];
    expect([...codes].sort((a, b) => flagRank(a) - flagRank(b))).toEqual(["expired", "claim_window_open", "uninsured", "not_started", "no_cover_market"]);
  });
});
