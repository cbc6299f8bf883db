import { describe, expect, it } from "vitest";
import {
  compareHref, DEFAULT_CATALOG, filtersOf, hasFilters, parseCatalogState, parseSlugList, serializeCatalogState, toggleSelected,
} from "./catalog-url";

const params = (query: string) => new URLSearchParams(query);

describe("catalog filters in the address", () => {
  it("reads a plain address as the default view, sorted by score", () => {
    expect(parseCatalogState(params(""))).toEqual(DEFAULT_CATALOG);
    expect(serializeCatalogState(DEFAULT_CATALOG)).toBe("");
  });

  it("round-trips every filter, the sort and the compare selection", () => {
    const query = "type=depeg&chain=ethereum&claims=parametric&kyc=no&regulated=yes&status=active&region=DE&sort=name&p=nexus-mutual,insurace";
    const state = parseCatalogState(params(query));
    expect(state).toEqual({
      coverageType: "depeg", chain: "ethereum", claimsModel: "parametric", kyc: "no", regulated: "yes",
      status: "active", region: "DE", sort: "name", selected: ["nexus-mutual", "insurace"],
    });
    expect(serializeCatalogState(state)).toBe(query);
  });

  it("drops values it does not know instead of failing", () => {
    const state = parseCatalogState(params("type=fire&claims=x&kyc=maybe&status=unknown&region=Germany&sort=price&chain=<script>"));
    expect(state).toEqual(DEFAULT_CATALOG);
  });

  it("upper-cases a region code typed in lower case", () => {
    expect(parseCatalogState(params("region=jp")).region).toBe("JP");
  });

  it("turns the state into API filters: yes/no → booleans, empty → absent", () => {
    expect(filtersOf(DEFAULT_CATALOG)).toEqual({});
    expect(hasFilters(DEFAULT_CATALOG)).toBe(false);
    const state = { ...DEFAULT_CATALOG, coverageType: "depeg" as const, kyc: "no" as const, regulated: "yes" as const, region: "JP" };
    expect(filtersOf(state)).toEqual({ coverageType: "depeg", kycRequired: false, regulated: true, region: "JP" });
    expect(hasFilters({ ...DEFAULT_CATALOG, sort: "name", selected: ["arbol"] })).toBe(false);
  });
});

describe("compare selection", () => {
  it("keeps at most four distinct valid slugs", () => {
    expect(parseSlugList("a,b,a,B,,c,d,e")).toEqual(["a", "b", "c", "d"]);
    expect(parseSlugList("nexus-mutual,../etc")).toEqual(["nexus-mutual"]);
    expect(parseSlugList(null)).toEqual([]);
  });

  it("adds or removes a provider in one step and refuses a fifth", () => {
    expect(toggleSelected([], "arbol")).toEqual(["arbol"]);
    expect(toggleSelected(["arbol", "nayms"], "arbol")).toEqual(["nayms"]);
    expect(toggleSelected(["a", "b", "c", "d"], "e")).toEqual(["a", "b", "c", "d"]);
  });

  it("links to the compare page with the selection", () => {
    expect(compareHref(["nexus-mutual", "etherisc"])).toBe("/providers/compare?p=nexus-mutual,etherisc");
  });
});
