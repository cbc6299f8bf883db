import { describe, expect, it } from "vitest";
import { DEFAULT_STATE, facets, filterRows, nextSort, paginate, sortRows, tableView, type PositionRow } from "./table-model";

function row(p: Partial<PositionRow> & { id: string }): PositionRow {
  return {
    label: p.id, asset: "USDC", chain: "ethereum", venue: "aave-v3", venueName: null, venueKind: "defi",
    valueUsd: "0.00", insuredUsd: "0.00", uninsuredUsd: "0.00", ratio: 0, flags: [], ...p,
  };
}

const aave = row({ id: "a", label: "Aave v3 USDC deposit", venueName: "Aave V3", valueUsd: "100000.00", insuredUsd: "80000.00", uninsuredUsd: "20000.00", ratio: 0.8 });
const coinbase = row({
  id: "b", label: "Coinbase USDC balance", venue: "coinbase", venueName: "Coinbase", venueKind: "cex", valueUsd: "50000.00", uninsuredUsd: "50000.00",
  flags: [{ code: "uninsured", coverIds: [] }, { code: "claim_window_open", coverIds: ["c1"], until: "2026-01-01" }],
});
const ledger = row({ id: "c", label: "ETH in Ledger", asset: "ETH", venue: "ledger", venueKind: "wallet", valueUsd: "30000.00", uninsuredUsd: "30000.00", flags: [{ code: "no_cover_market", coverIds: [] }] });
const arb = row({ id: "d", label: "Curve LP", asset: "CRV-LP", venue: "curve", venueName: "Curve (family)", chain: "arbitrum", valueUsd: "9.99", uninsuredUsd: "9.99" });
const rows = [aave, coinbase, ledger, arb];

const filter = (f: Partial<typeof DEFAULT_STATE>) => filterRows(rows, { ...DEFAULT_STATE, ...f }).map((r) => r.id);

describe("filtering the positions table", () => {
  it("finds a position by any word of its label, asset, venue or chain, in any case", () => {
    expect(filter({ q: "usdc" })).toEqual(["a", "b"]);
    expect(filter({ q: "LEDGER eth" })).toEqual(["c"]);
    expect(filter({ q: "arbitrum" })).toEqual(["d"]);
    expect(filter({ q: "  " })).toEqual(["a", "b", "c", "d"]);
  });

  it("finds a venue by its catalog name or its slug, a chain by its name, and venues the catalog does not know by “unlisted”", () => {
    expect(filter({ q: "aave v3" })).toEqual(["a"]);
    expect(filter({ q: "aave-v3" })).toEqual(["a"]);
    expect(filter({ q: "unlisted" })).toEqual(["c"]);
    expect(filter({ q: "bnb" })).toEqual([]);
    expect(filterRows([row({ id: "e", chain: "bsc" })], { ...DEFAULT_STATE, q: "bnb chain" }).map((r) => r.id)).toEqual(["e"]);
  });

  it("sorts venues by name (an unlisted one by its slug) and chains by name", () => {
    expect(sortRows(rows, "venue", "asc").map((r) => r.id)).toEqual(["a", "b", "d", "c"]);
    const bsc = row({ id: "e", chain: "bsc" });
    expect(sortRows([arb, bsc, aave], "chain", "asc").map((r) => r.id)).toEqual(["d", "e", "a"]);
  });

  it("narrows by venue kind, chain and flag together", () => {
    expect(filter({ venueKind: "cex" })).toEqual(["b"]);
    expect(filter({ chain: "arbitrum" })).toEqual(["d"]);
    expect(filter({ flag: "claim_window_open" })).toEqual(["b"]);
    expect(filter({ flag: "any" })).toEqual(["b", "c"]);
    expect(filter({ flag: "any", venueKind: "wallet", q: "eth" })).toEqual(["c"]);
    expect(filter({ venueKind: "custodian" })).toEqual([]);
  });
});

describe("sorting the positions table", () => {
  const ids = (sort: Parameters<typeof sortRows>[1], dir: "asc" | "desc") => sortRows(rows, sort, dir).map((r) => r.id);

  it("sorts money by amount, not as text", () => {
    expect(ids("value", "desc")).toEqual(["a", "b", "c", "d"]);
    expect(ids("value", "asc")).toEqual(["d", "c", "b", "a"]);
    expect(ids("uninsured", "desc")).toEqual(["b", "c", "a", "d"]);
  });

  it("sorts text case-insensitively and numbers naturally", () => {
    expect(ids("label", "asc")).toEqual(["a", "b", "d", "c"]);
    const numbered = sortRows([row({ id: "x", label: "Vault 10" }), row({ id: "y", label: "vault 9" })], "label", "asc");
    expect(numbered.map((r) => r.id)).toEqual(["y", "x"]);
  });

  it("breaks ties by label so the order never jumps between renders", () => {
    expect(ids("insured", "desc")).toEqual(["a", "b", "d", "c"]);
    expect(ids("flags", "desc")).toEqual(["b", "c", "a", "d"]);
  });

  it("does not reorder the rows it was given", () => {
    sortRows(rows, "value", "asc");
    expect(rows.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("flips direction on the same column and starts money columns largest first", () => {
    expect(nextSort({ sort: "value", dir: "desc" }, "value")).toEqual({ sort: "value", dir: "asc" });
    expect(nextSort({ sort: "value", dir: "asc" }, "insured")).toEqual({ sort: "insured", dir: "desc" });
    expect(nextSort({ sort: "value", dir: "desc" }, "label")).toEqual({ sort: "label", dir: "asc" });
  });
});

describe("paginating the positions table", () => {
  const many = Array.from({ length: 2000 }, (_, i) => i);

  it("cuts 2,000 rows into 40 pages of 50", () => {
    const page = paginate(many, 2);
    expect(page).toMatchObject({ page: 2, pageCount: 40, total: 2000, from: 51, to: 100 });
    expect(page.rows).toHaveLength(50);
    expect(paginate(many, 40)).toMatchObject({ from: 1951, to: 2000 });
  });

  it("clamps a page that no longer exists after filtering", () => {
    expect(paginate(many.slice(0, 60), 7)).toMatchObject({ page: 2, from: 51, to: 60 });
    expect(paginate(many, 0)).toMatchObject({ page: 1, from: 1 });
    expect(paginate(many, Number.NaN)).toMatchObject({ page: 1 });
  });

  it("reports an empty list as one empty page", () => {
    expect(paginate([], 3)).toEqual({ rows: [], page: 1, pageCount: 1, total: 0, from: 0, to: 0 });
  });

  it("filters, sorts and pages in one view", () => {
    const view = tableView(rows, { ...DEFAULT_STATE, q: "usdc", sort: "value", dir: "asc" }, 1);
    expect(view).toMatchObject({ total: 2, pageCount: 2, rows: [{ id: "b" }] });
  });
});

describe("filter options", () => {
  it("lists the chains present and counts each flag", () => {
    const f = facets(rows);
    expect(f.chains).toEqual(["arbitrum", "ethereum"]);
    expect(Object.fromEntries(f.flags)).toEqual({ uninsured: 1, claim_window_open: 1, no_cover_market: 1 });
  });
});
