import { describe, expect, it } from "vitest";
import { DEFAULT_STATE } from "./table-model";
import { parseTableState, serializeTableState } from "./table-url";

describe("table state in the address", () => {
  it("keeps a plain address for the default view", () => {
    expect(serializeTableState(DEFAULT_STATE)).toBe("");
    expect(parseTableState(new URLSearchParams(""))).toEqual(DEFAULT_STATE);
  });

  it("round-trips a filtered, sorted page", () => {
    const state = { q: "usdc aave", venueKind: "defi", chain: "base", flag: "expiring_soon", sort: "value", dir: "asc", page: 3 } as const;
    expect(parseTableState(new URLSearchParams(serializeTableState(state)))).toEqual(state);
  });

  it("ignores values it does not know instead of failing", () => {
    const parsed = parseTableState(new URLSearchParams("kind=bank&flag=bogus&sort=secret&dir=up&page=-4"));
    expect(parsed).toEqual(DEFAULT_STATE);
  });
});
