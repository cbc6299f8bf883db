import { describe, expect, it } from "vitest";
import { AS_OF, cover, flagCodes, position, positionIn, riskIn, size } from "./test-fixtures";

/** DESIGN §3.2: a cover counts when startsAt ≤ asOf < expiresAt, and applies by type and scope. */

describe("when a cover counts (asOf = 2025-06-01)", () => {
  it("counts from its first day", () => {
    const result = size([position("p")], [cover("c", ["p"], { startsAt: AS_OF, expiresAt: "2025-12-01" })]);
    expect(positionIn(result, "p").insuredUsd).toBe("1000.00"); // 2025-06-01 ≤ asOf
  });

  it("does not count yet when it starts in the future", () => {
    const result = size([position("p")], [cover("later", ["p"], { startsAt: "2025-06-02", expiresAt: "2026-06-02" })]);
    expect(positionIn(result, "p").insuredUsd).toBe("0.00"); // starts the day after asOf
    expect(positionIn(result, "p").risks[0]?.covers).toEqual([]);
    expect(positionIn(result, "p").flags).toContainEqual({ code: "not_started", coverIds: ["later"] });
  });

  it("no longer counts on its expiry day", () => {
    const result = size([position("p")], [cover("ended", ["p"], { startsAt: "2024-06-01", expiresAt: AS_OF })]);
    expect(positionIn(result, "p").insuredUsd).toBe("0.00"); // asOf < expiresAt fails
    expect(flagCodes(result, "p")).toContain("expired");
  });
});

describe("where a cover applies", () => {
  it("applies to a position of its type in its venue and chain scope", () => {
    const result = size(
      [position("p", { venue: "aave-v3", chain: "base" })],
      [cover("c", ["p"], { venues: ["aave-v3", "compound-v3"], chains: ["base"] })],
    );
    expect(positionIn(result, "p").insuredUsd).toBe("1000.00");
  });

  it("reads \"*\" in a list as any venue or chain", () => {
    const result = size(
      [position("p", { venue: "morpho", chain: "base" })],
      [cover("star", ["p"], { venues: ["*"], chains: ["ethereum", "*"], amountUsd: "400" })],
    );
    expect(positionIn(result, "p").insuredUsd).toBe("400.00"); // min(E 1,000, 400)
  });

  it("matches no venue with an empty venue list, and flags the mismatch", () => {
    const result = size([position("p")], [cover("no-venue", ["p"], { venues: [] })]);
    expect(positionIn(result, "p").insuredUsd).toBe("0.00"); // [] is not absent: "aave-v3" is not in it
    expect(positionIn(result, "p").flags).toContainEqual({ code: "scope_mismatch", coverIds: ["no-venue"] });
  });

  it("matches no chain with an empty chain list, and flags the mismatch", () => {
    const result = size([position("p")], [cover("no-chain", ["p"], { chains: [] })]);
    expect(positionIn(result, "p").insuredUsd).toBe("0.00"); // [] is not absent: "ethereum" is not in it
    expect(positionIn(result, "p").flags).toContainEqual({ code: "scope_mismatch", coverIds: ["no-chain"] });
  });

  it("gives nothing to a position on another venue, and flags the mismatch", () => {
    const result = size([position("p", { venue: "curve" })], [cover("aave-only", ["p"], { venues: ["aave-v3"] })]);
    expect(positionIn(result, "p").insuredUsd).toBe("0.00");
    expect(positionIn(result, "p").flags).toContainEqual({ code: "scope_mismatch", coverIds: ["aave-only"] });
  });

  it("gives nothing to a position on another chain, and flags the mismatch", () => {
    const result = size([position("p", { chain: "polygon" })], [cover("eth-only", ["p"], { chains: ["ethereum"] })]);
    expect(positionIn(result, "p").insuredUsd).toBe("0.00");
    expect(positionIn(result, "p").flags).toContainEqual({ code: "scope_mismatch", coverIds: ["eth-only"] });
  });

  it("gives nothing for a risk the position does not carry, and flags the mismatch", () => {
    const result = size([position("p")], [cover("depeg", ["p"], { coverageType: "depeg" })]);
    // a DeFi "other" asset carries protocol_exploit only
    expect(positionIn(result, "p").insuredUsd).toBe("0.00");
    expect(positionIn(result, "p").flags).toContainEqual({ code: "scope_mismatch", coverIds: ["depeg"] });
  });

  it("covers the risk of its type only, not the primary one", () => {
    const result = size(
      [position("usdc", { assetKind: "stablecoin", valueUsd: "2000" })],
      [cover("depeg", ["usdc"], { coverageType: "depeg", amountUsd: "2000" })],
    );
    expect(riskIn(result, "usdc", "depeg").insuredUsd).toBe("2000.00");
    expect(positionIn(result, "usdc").insuredUsd).toBe("0.00"); // primary is protocol_exploit
  });
});
