import { describe, expect, it } from "vitest";
import { venueKey } from "./normalize";
import { venueResolver } from "./resolve-venue";
import { CATALOG } from "./test-catalog";

const resolve = venueResolver(CATALOG);

describe("venue names, aliases and families → slugs", () => {
  it.each([
    ["aave-v3", "aave-v3", "slug"],
    ["Aave V3", "aave-v3", "slug"],
    ["aave v3", "aave-v3", "slug"],
    ["  AAVE   V3 ", "aave-v3", "slug"],
    ["aave_v3", "aave-v3", "slug"],
    ["Ａａｖｅ　Ｖ３", "aave-v3", "slug"], // full-width letters and an ideographic space
    ["aave\u00a0v3", "aave-v3", "slug"], // a no-break space, as pasted from a web page
    ["Aave", "aave-v3", "family"], // a family → its main venue
    ["Curve", "curve-dex", "family"],
    ["curve (family)", "curve-dex", "family"],
    ["Uniswap", "uniswap-v3", "family"],
    ["MakerDAO", "sky-lending", "alias"],
    ["Sky", "sky-lending", "alias"],
    ["EigenLayer", "eigencloud", "alias"],
    ["Lido", "lido", "slug"],
    ["ether.fi Stake", "ether.fi-stake", "slug"],
    ["Rocket Pool", "rocket-pool", "slug"],
    ["Coinbase", "coinbase", "slug"],
    ["Safe (formerly Gnosis Safe)", "safe", "name"],
    ["Curve DEX", "curve-dex", "slug"],
    ["Spark", "sparklend", "family"],
  ])("%s → %s (by %s)", (text, slug, via) => {
    expect(resolve(text)).toMatchObject({ slug, via });
  });

  it.each(["", "   ", "my-own-vault", "Aave V9", "aavev3x"])("%j is not in the catalog", (text) => {
    expect(resolve(text)).toBeNull();
  });

  it("folds case, apostrophes and spacing the way DefiLlama slugs are made", () => {
    expect(venueKey(" Uniswap  V3 ")).toBe("uniswap-v3");
    expect(venueKey("Pancake’s Swap")).toBe("pancakes-swap");
    expect(venueKey("a -- b__c")).toBe("a-b-c");
  });
});
