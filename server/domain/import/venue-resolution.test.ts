import { describe, expect, it } from "vitest";
import { venueResolver, type VenueEntry } from "@/server/domain/venues";
import { positionsCsv } from "./format";
import { parsePortfolioJson } from "./parse-json";
import { parsePositionsCsv } from "./parse-positions";
import type { PositionRecord } from "./types";

const venue = (slug: string, name: string, extra: Partial<VenueEntry> = {}): VenueEntry => ({
  slug, name, kind: "defi", isFamily: false, children: [], family: null, category: "lending", chains: ["ethereum"], aliases: [], tvlUsd: null, ...extra,
});
const CATALOG = [
  venue("aave-v3", "Aave V3", { family: "aave" }),
  venue("aave", "Aave (family)", { isFamily: true, children: ["aave-v3"] }),
  venue("curve-dex", "Curve DEX", { aliases: ["curve"], category: "dex" }),
  venue("curve", "Curve (family)", { isFamily: true, children: ["curve-dex"] }),
  venue("coinbase", "Coinbase", { kind: "cex", chains: [] }),
];
const resolve = venueResolver(CATALOG);
const HEADER = "label,asset,asset_kind,chain,venue_kind,venue,value_usd";
const csv = (...rows: string[]) => `${HEADER}\n${rows.join("\n")}\n`;

describe("venues in an imported positions file", () => {
  it('resolves names, aliases and families to slugs ("Aave V3", "aave v3", "Curve")', () => {
    const r = parsePositionsCsv(csv("A,USDC,stablecoin,ethereum,defi,Aave V3,1", "B,USDC,stablecoin,ethereum,defi,aave v3,1", "C,USDC,stablecoin,ethereum,defi,Curve,1", "D,USDC,stablecoin,ethereum,defi,AAVE,1"), new Set(), resolve);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.rows.map((x) => x.record.venue)).toEqual(["aave-v3", "aave-v3", "curve-dex", "aave-v3"]);
  });

  it("imports an unknown venue as typed (made a slug), with a warning, not an error", () => {
    const r = parsePositionsCsv(csv("Vault,USDC,stablecoin,ethereum,defi,My Vault,1"), new Set(), resolve);
    expect(r.errors).toEqual([]);
    expect(r.rows[0]?.record.venue).toBe("my-vault");
    expect(r.warnings).toEqual([{ row: 2, column: "venue", message: '"My Vault" is not in the venue catalog: imported as the unlisted venue "my-vault"' }]);
  });

  it("still refuses a venue that cannot be a slug", () => {
    const r = parsePositionsCsv(csv("Bad,USDC,stablecoin,ethereum,defi,vault/../x,1"), new Set(), resolve);
    expect(r.rows).toEqual([]);
    expect(r.errors[0]).toMatchObject({ row: 2, column: "venue" });
  });

  it("takes an empty venue_kind from the catalog and warns when a given one differs", () => {
    const r = parsePositionsCsv(csv("Ex,USDC,stablecoin,ethereum,,Coinbase,1", "Odd,USDC,stablecoin,ethereum,wallet,Coinbase,1"), new Set(), resolve);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.record.venueKind)).toEqual(["cex", "wallet"]);
    expect(r.warnings).toEqual([{ row: 3, column: "venue_kind", message: "Coinbase is an exchange in the venue catalog; kept as wallet" }]);
  });

  it("does the same in a JSON import, naming the JSON field", () => {
    const doc = JSON.stringify({ positions: [{ label: "J", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "Unknown Farm", valueUsd: "1" }], covers: [] });
    const r = parsePortfolioJson(doc, { existingLabels: new Set(), catalog: new Map(), venues: resolve });
    expect(r.positions.rows[0]?.record.venue).toBe("unknown-farm");
    expect(r.positions.warnings).toEqual([{ row: 1, column: "venue", message: expect.stringContaining("not in the venue catalog"), section: "positions" }]);
  });
});

describe("the positions export with names", () => {
  const records: PositionRecord[] = [{ label: "A", asset: "USDC", assetKind: "stablecoin", chain: "bsc", venueKind: "defi", venue: "aave-v3", valueUsd: "1", quantity: null, riskGrade: null, risks: [] },
    { label: "B", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "defi", venue: "my-vault", valueUsd: "2", quantity: null, riskGrade: null, risks: [] }];
  const names = { venue: (slug: string) => CATALOG.find((v) => v.slug === slug)?.name ?? null, chain: (slug: string) => (slug === "bsc" ? "BNB Chain" : "Ethereum") };

  it("puts the venue's and chain's names beside their slugs", () => {
    const lines = positionsCsv(records, names).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("label,asset,asset_kind,chain,chain_name,venue_kind,venue,venue_name,value_usd,quantity,risk_grade,risks");
    expect(lines[1]).toBe("A,USDC,stablecoin,bsc,BNB Chain,defi,aave-v3,Aave V3,1,,,");
    expect(lines[2]).toContain(",my-vault,my-vault (unlisted),");
  });

  it("round-trips: the importer reads past the name columns and keeps the slugs", () => {
    const r = parsePositionsCsv(positionsCsv(records, names), new Set(), resolve);
    expect(r.errors).toEqual([]);
    expect(r.rows.map((x) => x.record)).toEqual(records);
  });
});
