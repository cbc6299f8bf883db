import { describe, expect, it } from "vitest";
import { ZSlug } from "@/lib/schemas/primitives";
import { categoryLabel, chainsSummary, namesVenue, unlistedSlug } from "./venue-text";

describe("the slug an unlisted venue is saved as", () => {
  it.each([
    ["My Vault", "my-vault"],
    ["  Bälance  Labs ", "balance-labs"],
    ["Ether.fi Stake", "ether.fi-stake"],
    ["Aave V3", "aave-v3"],
    ["O'Hare Finance", "ohare-finance"],
    ["--x--", "x"],
    ["!!!", ""],
    ["日本", ""],
  ])("%j → %j", (text, slug) => {
    expect(unlistedSlug(text)).toBe(slug);
    if (slug) expect(ZSlug.safeParse(slug).success).toBe(true);
  });

  it("keeps within 64 characters and never ends on a dash", () => {
    const slug = unlistedSlug(`${"a".repeat(63)} b`);
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("venue words", () => {
  it("recognises a venue by its slug or its name in any case and spacing, not by a prefix", () => {
    const lido = { slug: "lido", name: "Lido" };
    expect(namesVenue("LIDO", lido)).toBe(true);
    expect(namesVenue(" aave   v3 ", { slug: "aave-v3", name: "Aave V3" })).toBe(true);
    expect(namesVenue("lid", lido)).toBe(false);
    expect(namesVenue("", lido)).toBe(false);
  });

  it("names chains and categories in words", () => {
    expect(chainsSummary(["ethereum", "bsc"])).toBe("Ethereum, BNB Chain");
    expect(chainsSummary(["ethereum", "arbitrum", "base", "polygon", "bsc"])).toBe("Ethereum, Arbitrum, Base +2");
    expect(chainsSummary([])).toBe("any chain");
    expect(categoryLabel("liquid-staking")).toBe("liquid staking");
    expect(categoryLabel("cex")).toBe("exchange");
  });
});
