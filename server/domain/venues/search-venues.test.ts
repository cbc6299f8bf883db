import { describe, expect, it } from "vitest";
import { searchVenues } from "./search-venues";
import { CATALOG } from "./test-catalog";

const slugs = (q: Parameters<typeof searchVenues>[1]) => searchVenues(CATALOG, q).map((v) => v.slug);

describe("venue search", () => {
  it('"aave" lists Aave V3 first (largest TVL), the family last', () => {
    const found = slugs({ q: "aave" });
    expect(found[0]).toBe("aave-v3");
    expect(found).toContain("aave-v2");
    expect(found.at(-1)).toBe("aave");
  });

  it('"curve" finds Curve DEX first and the curve family', () => {
    const found = slugs({ q: "curve" });
    expect(found[0]).toBe("curve-dex");
    expect(found).toContain("curve-llamalend");
    expect(found).toContain("curve");
  });

  it("filters by kind and by chain (venues naming no chain hold on any)", () => {
    expect(searchVenues(CATALOG, { kind: "cex", limit: 50 }).every((v) => v.kind === "cex")).toBe(true);
    const onSolana = searchVenues(CATALOG, { chain: "solana", limit: 50 });
    expect(onSolana.length).toBeGreaterThan(10);
    expect(onSolana.every((v) => v.chains.length === 0 || v.chains.includes("solana"))).toBe(true);
    expect(slugs({ q: "aave", chain: "solana" })).not.toContain("aave-v3");
  });

  it("without a query lists the largest venues first, up to the limit", () => {
    expect(slugs({ limit: 3 })).toEqual(["aave-v3", "lido", slugs({ limit: 3 })[2]]);
    expect(searchVenues(CATALOG, {}).length).toBe(20);
  });

  it("matches words inside a name and is case-insensitive", () => {
    expect(slugs({ q: "STAKE" })).toContain("ether.fi-stake");
    expect(slugs({ q: "pool" })).toContain("rocket-pool");
  });
});
