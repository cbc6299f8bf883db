import { describe, expect, it } from "vitest";
import { risksOf } from "./risks";

describe("which risks a position carries (DESIGN §3.1)", () => {
  it.each([
    ["defi", "other", ["protocol_exploit"]],
    ["defi", "stablecoin", ["protocol_exploit", "depeg"]],
    ["defi", "lst", ["protocol_exploit", "depeg", "slashing"]],
    ["cex", "native", ["exchange_halt", "custody_theft"]],
    ["cex", "stablecoin", ["exchange_halt", "custody_theft", "depeg"]],
    ["custodian", "native", ["custody_theft"]],
    ["wallet", "native", []],
    ["wallet", "stablecoin", ["depeg"]],
    ["wallet", "lst", ["depeg", "slashing"]],
  ] as const)("%s + %s → %j", (venueKind, assetKind, risks) => {
    expect(risksOf({ venueKind, assetKind })).toEqual(risks);
  });

  it("uses an explicit list as given, in its order", () => {
    expect(risksOf({ venueKind: "defi", assetKind: "lst", risks: ["bridge", "protocol_exploit"] })).toEqual([
      "bridge",
      "protocol_exploit",
    ]);
  });

  it("keeps a repeated risk of an explicit list once", () => {
    expect(risksOf({ venueKind: "defi", assetKind: "other", risks: ["oracle", "oracle"] })).toEqual(["oracle"]);
  });

  it("reads an empty explicit list as no risk at all, not as derived", () => {
    // derived would be exchange_halt, custody_theft; given [] means exactly those: none
    expect(risksOf({ venueKind: "cex", assetKind: "other", risks: [] })).toEqual([]);
  });

  it("derives the risks only when the list is absent", () => {
    expect(risksOf({ venueKind: "cex", assetKind: "other", risks: undefined })).toEqual(["exchange_halt", "custody_theft"]);
  });

  it("returns a list the caller may change without touching the shared one", () => {
    risksOf({ venueKind: "defi", assetKind: "other" }).push("bridge");
    expect(risksOf({ venueKind: "defi", assetKind: "other" })).toEqual(["protocol_exploit"]);
  });
});
