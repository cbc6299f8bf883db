import { describe, expect, it } from "vitest";
import { AS_OF, cover, flagCodes, position, positionIn, size } from "./test-fixtures";

/** DESIGN §3.3: flags per position, with the covers that caused them (asOf = 2025-06-01). */

describe("uninsured and under_insured", () => {
  it("flags a position with nothing insured and at least $1,000 uninsured", () => {
    const result = size([position("p", { valueUsd: "1000" })]);
    expect(positionIn(result, "p").flags).toEqual([{ code: "uninsured", coverIds: [] }]); // 1,000 ≥ 1,000
  });

  it("does not flag an uninsured position below minUninsuredUsd", () => {
    const result = size([position("p", { valueUsd: "999.99" })]);
    expect(flagCodes(result, "p")).toEqual([]);
  });

  it("honours a custom minUninsuredUsd", () => {
    const result = size([position("p", { valueUsd: "50" })], [], { minUninsuredUsd: "25" });
    expect(flagCodes(result, "p")).toEqual(["uninsured"]); // 50 ≥ 25
  });

  it("flags a ratio below the target, naming the covers on the primary risk", () => {
    const result = size([position("p", { valueUsd: "1000" })], [cover("c", ["p"], { amountUsd: "799.94" })]);
    // 799.94 / 1,000 = 0.79994 → shown 0.7999 < 0.8
    expect(positionIn(result, "p").flags).toEqual([{ code: "under_insured", coverIds: ["c"] }]);
  });

  it("does not flag a ratio exactly at the target", () => {
    const result = size([position("p", { valueUsd: "1000" })], [cover("c", ["p"], { amountUsd: "800" })]);
    expect(flagCodes(result, "p")).toEqual([]); // 800 / 1,000 = 0.8, not < 0.8
  });

  it("compares the rounded ratio shown, not the exact one", () => {
    const result = size([position("p", { valueUsd: "100000" })], [cover("c", ["p"], { amountUsd: "79999.99" })]);
    expect(positionIn(result, "p").ratio).toBe(0.8); // 79,999.99 / 100,000 = 0.7999999 → shown 0.8000
    expect(flagCodes(result, "p")).toEqual([]); // 0.8000 is not < 0.8
  });

  it("flags a tiny insured amount whose ratio shows as 0.0000 as under-insured, not uninsured", () => {
    const result = size([position("p", { valueUsd: "1000000" })], [cover("c", ["p"], { amountUsd: "0.01" })]);
    expect(positionIn(result, "p").ratio).toBe(0); // 0.01 / 1,000,000 = 0.00000001 → shown 0.0000
    // insured 0.01 > 0: not `uninsured`; 0.0000 < 0.8: under_insured
    expect(positionIn(result, "p").flags).toEqual([{ code: "under_insured", coverIds: ["c"] }]);
  });
});

describe("expiring_soon", () => {
  it("flags a cover expiring within 30 days, until its expiry", () => {
    const result = size([position("p")], [cover("c", ["p"], { expiresAt: "2025-07-01" })]);
    // 2025-07-01 − 2025-06-01 = 30 days ≤ 30
    expect(positionIn(result, "p").flags).toEqual([{ code: "expiring_soon", coverIds: ["c"], until: "2025-07-01" }]);
  });

  it("does not flag a cover 31 days from expiry", () => {
    const result = size([position("p")], [cover("c", ["p"], { expiresAt: "2025-07-02" })]);
    expect(flagCodes(result, "p")).toEqual([]); // 31 days > 30
  });

  it("is silenced by a renewal that starts on or before the expiry day and ends after it", () => {
    const result = size(
      [position("p")],
      [
        cover("old", ["p"], { expiresAt: "2025-06-15" }),
        cover("renewal", ["p"], { startsAt: "2025-06-15", expiresAt: "2026-06-15" }),
      ],
    );
    expect(flagCodes(result, "p")).toEqual(["not_started"]); // the renewal starts later; no expiring_soon
  });

  it("is not silenced by a renewal that leaves a gap", () => {
    const result = size(
      [position("p")],
      [
        cover("old", ["p"], { expiresAt: "2025-06-15" }),
        cover("late", ["p"], { startsAt: "2025-06-16", expiresAt: "2026-06-16" }),
      ],
    );
    expect(positionIn(result, "p").flags).toContainEqual({ code: "expiring_soon", coverIds: ["old"], until: "2025-06-15" });
  });

  it("is not silenced by a cover of another type", () => {
    const result = size(
      [position("p", { assetKind: "stablecoin" })],
      [
        cover("old", ["p"], { expiresAt: "2025-06-15" }),
        cover("depeg", ["p"], { coverageType: "depeg", startsAt: "2025-06-01", expiresAt: "2026-06-01" }),
      ],
    );
    expect(flagCodes(result, "p")).toContain("expiring_soon");
  });

  it("is silenced by an overlapping cover of the same type that outlasts it", () => {
    const result = size(
      [position("p", { valueUsd: "2000" })],
      [cover("short", ["p"], { expiresAt: "2025-06-10" }), cover("long", ["p"], { expiresAt: "2025-12-31" })],
    );
    // "long" started 2025-01-01 ≤ 06-10 and ends after it: "short" ends without a gap
    expect(flagCodes(result, "p")).toEqual([]);
  });

  it("honours a custom expiringDays and names the earliest expiry", () => {
    const result = size(
      [position("p", { valueUsd: "2000", assetKind: "stablecoin" })],
      [
        cover("b", ["p"], { coverageType: "depeg", expiresAt: "2025-06-20", amountUsd: "2000" }),
        cover("a", ["p"], { coverageType: "protocol_exploit", expiresAt: "2025-06-10", amountUsd: "2000" }),
      ],
      { expiringDays: 20 },
    );
    // 19 and 9 days, both ≤ 20; cover ids in input order, until = the first expiry
    expect(positionIn(result, "p").flags).toEqual([{ code: "expiring_soon", coverIds: ["b", "a"], until: "2025-06-10" }]);
  });
});

describe("expired and claim_window_open", () => {
  it("flags an expired cover still inside its claim window, until the last day to file", () => {
    const result = size(
      [position("p", { valueUsd: "500" })],
      [cover("c", ["p"], { startsAt: "2024-05-01", expiresAt: "2025-05-20", claimWindowDays: 30 })],
    );
    // ended 2025-05-20, 12 days before asOf, 12 < 30: open on 05-20 … 05-20 + 29 = 06-18
    expect(positionIn(result, "p").flags).toEqual([
      { code: "expired", coverIds: ["c"] },
      { code: "claim_window_open", coverIds: ["c"], until: "2025-06-18" },
    ]);
  });

  it("shows the window on its last day and not the day after", () => {
    const ended = cover("c", ["p"], { startsAt: "2024-05-01", expiresAt: "2025-05-03", claimWindowDays: 30 });
    // 2025-05-03 + 29 = 2025-06-01 = asOf: still open
    expect(flagCodes(size([position("p", { valueUsd: "500" })], [ended]), "p")).toEqual(["expired", "claim_window_open"]);
    // one day later (asOf − X = 30, not < 30): closed
    const dayAfter = size([position("p", { valueUsd: "500" })], [ended], undefined, "2025-06-02");
    expect(flagCodes(dayAfter, "p")).toEqual(["expired"]);
  });

  it("flags an expired cover outside its claim window as expired only", () => {
    const result = size(
      [position("p", { valueUsd: "500" })],
      [cover("c", ["p"], { startsAt: "2024-01-01", expiresAt: "2025-01-01", claimWindowDays: 90 })],
    );
    // 2025-01-01 + 90 days = 2025-04-01 < asOf
    expect(positionIn(result, "p").flags).toEqual([{ code: "expired", coverIds: ["c"] }]);
  });

  it("does not flag expired while another applying cover counts", () => {
    const result = size(
      [position("p")],
      [cover("old", ["p"], { startsAt: "2024-01-01", expiresAt: "2025-01-01" }), cover("current", ["p"])],
    );
    expect(flagCodes(result, "p")).toEqual([]);
  });

  it("opens no claim window for a cover without one", () => {
    const result = size([position("p", { valueUsd: "500" })], [cover("c", ["p"], { startsAt: "2024-06-01", expiresAt: AS_OF })]);
    expect(flagCodes(result, "p")).toEqual(["expired"]); // claimWindowDays absent = 0
  });
});

describe("a cover that does not apply", () => {
  it("raises scope_mismatch and, once ended, expired and claim_window_open", () => {
    const result = size(
      [position("p", { valueUsd: "500", chain: "base" })],
      [cover("elsewhere", ["p"], { chains: ["ethereum"], startsAt: "2024-06-01", expiresAt: "2025-05-25", claimWindowDays: 30 })],
    );
    // ended 2025-05-25, 7 days before asOf, 7 < 30: open until 05-25 + 29 = 06-23
    expect(positionIn(result, "p").flags).toEqual([
      { code: "expired", coverIds: ["elsewhere"] }, // linked, none counts, this one has ended
      { code: "claim_window_open", coverIds: ["elsewhere"], until: "2025-06-23" },
      { code: "scope_mismatch", coverIds: ["elsewhere"] }, // Ethereum-only on a Base position
    ]);
  });

  it("raises not_started when it starts after asOf", () => {
    const result = size(
      [position("p", { valueUsd: "500", chain: "base" })],
      [cover("elsewhere", ["p"], { chains: ["ethereum"], startsAt: "2025-09-01", expiresAt: "2026-09-01" })],
    );
    expect(positionIn(result, "p").flags).toEqual([
      { code: "not_started", coverIds: ["elsewhere"] }, // 2025-09-01 > asOf
      { code: "scope_mismatch", coverIds: ["elsewhere"] },
    ]);
  });

  it("silences expired while it counts, like any linked cover", () => {
    const result = size(
      [position("p", { valueUsd: "500", chain: "base" })],
      [
        cover("ended", ["p"], { startsAt: "2024-01-01", expiresAt: "2025-01-01" }),
        cover("counting-elsewhere", ["p"], { chains: ["ethereum"] }), // 2025-01-01 ≤ asOf < 2026-01-01
      ],
    );
    // "ended" has ended, but a linked cover counts: no expired
    expect(positionIn(result, "p").flags).toEqual([{ code: "scope_mismatch", coverIds: ["counting-elsewhere"] }]);
  });

  it("does not raise expiring_soon, which is for covers that apply", () => {
    const result = size(
      [position("p", { valueUsd: "500", chain: "base" })],
      [cover("elsewhere", ["p"], { chains: ["ethereum"], expiresAt: "2025-06-10" })],
    );
    // counts and 2025-06-10 − asOf = 9 days ≤ 30, but it does not apply
    expect(positionIn(result, "p").flags).toEqual([{ code: "scope_mismatch", coverIds: ["elsewhere"] }]);
  });

  it("is no renewal for an applying cover of its type that expires soon", () => {
    const result = size(
      [position("p", { chain: "base" })], // $1,000, fully insured by "old"
      [
        cover("old", ["p"], { expiresAt: "2025-06-15" }),
        cover("renewal-elsewhere", ["p"], { chains: ["ethereum"], startsAt: "2025-06-15", expiresAt: "2026-06-15" }),
      ],
    );
    // 2025-06-15 − asOf = 14 ≤ 30; the same-type cover that outlasts it does not apply to p
    expect(positionIn(result, "p").flags).toEqual([
      { code: "expiring_soon", coverIds: ["old"], until: "2025-06-15" },
      { code: "not_started", coverIds: ["renewal-elsewhere"] }, // 2025-06-15 > asOf
      { code: "scope_mismatch", coverIds: ["renewal-elsewhere"] },
    ]);
  });
});

describe("flag order and causes", () => {
  it("lists flags in a fixed order, each naming its covers in input order", () => {
    const result = size(
      [position("p", { valueUsd: "5000", chain: "base" })],
      [
        cover("future", ["p"], { startsAt: "2025-09-01", expiresAt: "2026-09-01" }),
        cover("wrong-chain", ["p"], { chains: ["ethereum"], startsAt: "2024-01-01", expiresAt: "2024-07-01" }),
        cover("ended", ["p"], { startsAt: "2024-01-01", expiresAt: "2025-05-30", claimWindowDays: 10 }),
      ],
    );
    expect(positionIn(result, "p").flags).toEqual([
      { code: "uninsured", coverIds: [] }, // nothing counts: 0 insured, 5,000 ≥ 1,000
      { code: "expired", coverIds: ["wrong-chain", "ended"] }, // no linked cover counts; both have ended
      { code: "not_started", coverIds: ["future"] },
      { code: "claim_window_open", coverIds: ["ended"], until: "2025-06-08" }, // 05-30 + 9
      { code: "scope_mismatch", coverIds: ["wrong-chain"] },
    ]);
  });
});
