import { describe, expect, it } from "vitest";
import { parseCoversCsv } from "./parse-covers";
import { catalogKey, type Catalog } from "./types";

const catalog: Catalog = new Map([
  [catalogKey("nexus-mutual", "protocol-cover"), { id: "prod_1", name: "Protocol Cover", coverageType: "protocol_exploit" }],
]);
const labels = new Set(["Aave USDC", "Lido stETH", "a;b", "Coinbase ETH"]);
const HEADER = "provider_slug,product_slug,product_name,coverage_type,amount_usd,starts_at,expires_at,positions";

describe("parseCoversCsv", () => {
  it("resolves a catalog product by provider and product slug, and links positions by label", () => {
    const r = parseCoversCsv(`${HEADER}\nnexus-mutual,protocol-cover,,protocol_exploit,"1,000,000",2026-01-01,2027-01-01,Aave USDC | Lido stETH\n`, catalog, labels);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.record).toMatchObject({
      productId: "prod_1", providerSlug: "nexus-mutual", productSlug: "protocol-cover", amountUsd: "1000000",
      status: "held", positions: ["Aave USDC", "Lido stETH"], deductible: null, claimWindowDays: null,
    });
  });

  it("takes ; as the separator when the cell has no |, and | when a label contains ;", () => {
    const r = parseCoversCsv(`${HEADER}\n,,Policy A,custody_theft,1,2026-01-01,2027-01-01,Aave USDC; Coinbase ETH\n,,Policy B,custody_theft,1,2026-01-01,2027-01-01,a;b | Aave USDC\n`, catalog, labels);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.record.positions)).toEqual([["Aave USDC", "Coinbase ETH"], ["a;b", "Aave USDC"]]);
  });

  it("reports an unknown product, a product of another coverage type and unknown labels", () => {
    const csv = [
      HEADER,
      "nexus-mutual,no-such,,protocol_exploit,1,2026-01-01,2027-01-01,",
      "nexus-mutual,protocol-cover,,depeg,1,2026-01-01,2027-01-01,",
      ",,Mine,depeg,1,2026-01-01,2027-01-01,Ghost | Aave USDC | Nope",
    ].join("\n");
    expect(parseCoversCsv(csv, catalog, labels).errors).toEqual([
      { row: 2, column: "product_slug", message: 'No product "no-such" of provider "nexus-mutual" in the catalog' },
      { row: 3, column: "coverage_type", message: "This product covers protocol exploit, not depeg" },
      { row: 4, column: "positions", message: 'No position labelled "Ghost", "Nope" in this portfolio' },
    ]);
  });

  it("applies the cover form's rules: product or name, dates in order, both deductible cells", () => {
    const csv = [
      `${HEADER},deductible_kind,deductible_value,claim_window_days,status`,
      ",,,depeg,1,2026-01-01,2027-01-01,,,,,",
      ",,X,depeg,1,2026-02-01,2026-01-01,,,,,",
      ",,X,depeg,1,2026-02-30,2027-01-01,,pct_of_loss,,abc,",
      ",,X,depeg,1,2026-01-01,2027-01-01,,pct_of_loss,150,,maybe",
      "nexus-mutual,,X,depeg,1,2026-01-01,2027-01-01,,fixed_usd,\"5,000\",30,DRAFT",
    ].join("\n");
    const r = parseCoversCsv(csv, catalog, labels);
    expect(r.errors).toEqual([
      { row: 2, column: "product_name", message: "Pick a product from the catalog or name the cover you bought" },
      { row: 3, column: "expires_at", message: "Expiry must be after the start date" },
      { row: 4, column: "deductible_value", message: "Give both deductible_kind and deductible_value, or neither" },
      { row: 4, column: "claim_window_days", message: "Whole days, e.g. 30" },
      { row: 4, column: "starts_at", message: "Not a real calendar date" },
      { row: 5, column: "deductible_value", message: "A percentage must be between 0 and 100" },
      { row: 5, column: "status", message: expect.stringContaining("held") },
    ]);
    expect(r.rows.map((x) => x.record)).toEqual([expect.objectContaining({
      providerSlug: "nexus-mutual", productId: null, productName: "X", deductible: { kind: "fixed_usd", value: "5000" },
      claimWindowDays: 30, status: "draft",
    })]);
  });

  it("asks for the provider of a catalog product", () => {
    const r = parseCoversCsv(`${HEADER}\n,protocol-cover,,protocol_exploit,1,2026-01-01,2027-01-01,\n`, catalog, labels);
    expect(r.errors).toEqual([{ row: 2, column: "provider_slug", message: "Give the provider of this catalog product" }]);
  });
});
