import { describe, expect, it } from "vitest";
import { CatalogFileError, parseCatalogJson } from "./catalog-file";
import { loadNexusFiles, mapListings, slugFromName, ZNexusProductsFile } from "./nexus-listings";

const files = loadNexusFiles();
const { products, skipped } = mapListings(files.listings, files.prices);
const byId = (id: number) => products.find((p) => p.listingId === id);
const skippedId = (id: number) => skipped.find((s) => s.id === id);

describe("Nexus listings → products (real listings of nexus-products.json)", () => {
  it("Aave v3 (id 97): named after listing and derived type, venue aave-v3, Protocol grace period, periods from Cover.sol, the 1 % floor", () => {
    const p = byId(97);
    expect(p?.row).toMatchObject({
      slug: "listing-97", name: "Aave v3 — Protocol Cover", coverageType: "protocol_exploit", status: "active",
      venues: ["aave-v3"], venueKinds: ["defi"], chains: ["*"], claimWindowDays: 35, minPeriodDays: 28, maxPeriodDays: 365,
      premiumLowPct: "1", premiumHighPct: "1", capacityUsd: null, asOf: "2026-03-24",
    });
    expect(p?.priceBasis).toBe("default-min-price");
    expect(p?.row.note).toContain('derived from the SDK category "lending"');
    expect(p?.row.note).toContain("default minimum price 1 %/yr");
    expect(p?.terms.claimWindowDays?.from).toBe("listings.grace_period_days.Protocol");
  });

  it("a migrated listing (Aave v2, id 2) keeps its stated type and its initial price of 10 %", () => {
    const p = byId(2);
    expect(p?.row).toMatchObject({ name: "Aave v2 — Protocol Cover", venues: ["aave-v2"], premiumLowPct: "10", premiumHighPct: "10", claimWindowDays: 35 });
    expect(p?.priceBasis).toBe("initial-price");
    expect(p?.row.note).toContain('product type "Protocol" as the data states it');
  });

  it("a bundle (Beefy + Aerodrome, id 181) is scoped to the protocols it names, not to any venue", () => {
    expect(byId(181)?.row.venues).toEqual(["beefy", "aerodrome"]);
  });

  it("multi-protocol and fund product types are scoped to '*'", () => {
    const listing = files.listings.products.find((l) => l.id === 97)!;
    const fund = { ...files.listings, products: [{ ...listing, id: 9001, name: "Some Fund", productType: "Fund Portfolio Cover", venueSlug: null, venueRelation: null }] };
    const multi = { ...files.listings, products: [{ ...listing, id: 9002, name: "Some Bundle", productType: "Multi Protocol Cover" }] };
    expect(mapListings(fund, files.prices).products[0]?.row).toMatchObject({ name: "Some Fund — Fund Portfolio Cover", coverageType: "fund_portfolio", venues: ["*"], claimWindowDays: null });
    expect(mapListings(multi, files.prices).products[0]?.row).toMatchObject({ coverageType: "protocol_exploit", venues: ["*"] });
  });

  it("a custodian listing (Coinbase, id 276) is custody theft at that custodian with the Custody grace period", () => {
    expect(byId(276)?.row).toMatchObject({ name: "Coinbase — Custody Cover", coverageType: "custody_theft", venues: ["coinbase"], venueKinds: ["cex", "custodian"], claimWindowDays: 120 });
  });

  it("a depeg listing has no claim window (the data gives none) and an ETH staking listing is slashing cover", () => {
    expect(byId(253)?.row).toMatchObject({ coverageType: "depeg", venues: ["ethena-usde"], claimWindowDays: null });
    expect(byId(103)?.row).toMatchObject({ name: "Figment — ETH Staking Cover", coverageType: "slashing", venues: ["figment"], claimWindowDays: null });
    expect(byId(103)?.row.note).toContain("venue not mapped in the data");
  });

  it("a type named in the listing name is used (Etherex Single Protocol Cover, id 325)", () => {
    expect(byId(325)?.row.name).toBe("Etherex — Protocol Cover");
  });

  it("skips private (Kiln, id 100), deprecated (Custody listings) and unknown-deprecation listings, and uncategorized ones it cannot type", () => {
    expect(skippedId(100)).toMatchObject({ reason: "private" });
    expect(skippedId(0)).toMatchObject({ name: "0x v3", reason: "deprecation unknown" });
    const deprecated = files.listings.products.find((l) => l.isDeprecated === true && l.isPrivate === false)!;
    expect(skippedId(deprecated.id)?.reason).toBe("deprecated");
    expect(skippedId(245)).toMatchObject({ name: "Entry Plan", reason: "coverage type unknown" });
    expect(products.length + skipped.length).toBe(files.listings.products.length);
    expect(products.every((p) => files.listings.products.find((l) => l.id === p.listingId)?.isPrivate === false)).toBe(true);
  });

  it("gives duplicate listing names their id, and every slug is unique", () => {
    expect(byId(123)?.row.name).toBe("Yearn v3 — Protocol Cover (listing 123)");
    expect(new Set(products.map((p) => p.row.slug)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.row.name)).size).toBe(products.length);
  });

  it("prices every product from a dated fact, never a made-up figure", () => {
    for (const p of products) {
      expect(["1", "10"]).toContain(p.row.premiumLowPct);
      expect(p.terms.premiumLowPct?.from).toMatch(/^listings\.(initial_price_pct|default_min_price_pct)$/);
    }
  });
});

describe("slugFromName", () => {
  it.each([
    ["Hyperliquid", "hyperliquid"], ["Derive (formerly Lyra)", "derive"], ["Ether.fi Liquid ETH Vault", "ether.fi-liquid-eth-vault"],
    ["WBTC / eUSD Morpho Market", "wbtc-eusd-morpho-market"], ["L'Arc", "larc"],
  ])("%s → %s", (name, slug) => expect(slugFromName(name)).toBe(slug));
});

describe("schema", () => {
  it("names the file, path and field of a bad listing", () => {
    const bad = structuredClone(files.listings) as { products: Record<string, unknown>[] };
    bad.products[3]!.initialPriceRatio = "ten";
    expect(() => parseCatalogJson(ZNexusProductsFile, bad, "prisma/seed-data/nexus-products.json")).toThrow(CatalogFileError);
    expect(() => parseCatalogJson(ZNexusProductsFile, bad, "prisma/seed-data/nexus-products.json")).toThrow(/nexus-products\.json[\s\S]*products\[3\]\.initialPriceRatio/);
  });
});
