import { describe, expect, it } from "vitest";
import { type IncidentVenueEntry, incidentVenueResolver } from "./resolve-venue";

const catalog: IncidentVenueEntry[] = [
  { slug: "curve-dex", name: "Curve DEX", isFamily: false, aliases: ["curve-finance"] },
  { slug: "curve", name: "Curve (family)", isFamily: true, aliases: [] },
  { slug: "aave-v3", name: "Aave V3", isFamily: false, aliases: [] },
  { slug: "aave", name: "Aave", isFamily: true, aliases: [] },
  { slug: "bybit", name: "Bybit", isFamily: false, aliases: [] },
];
const resolve = incidentVenueResolver(catalog);
const incident = (venueSlug: string | null, venueSlugGuess: string | null, venueName: string) => ({ venueSlug, venueSlugGuess, venueName });

describe("incidentVenueResolver", () => {
  it("takes the source's slug when it is a catalog slug", () => {
    expect(resolve(incident("curve-dex", "curve", "Curve"))).toEqual({ slug: "curve-dex", via: "slug" });
  });
  it("falls back to the guessed slug when the source's slug is not in the catalog", () => {
    expect(resolve(incident("not-a-venue", "aave-v3", "whatever"))).toEqual({ slug: "aave-v3", via: "guess" });
    expect(resolve(incident(null, "aave", "AAVE"))).toEqual({ slug: "aave", via: "guess" });
  });
  it("then an alias", () => {
    expect(resolve(incident(null, "curve-finance", "Curve.fi"))).toEqual({ slug: "curve-dex", via: "alias" });
  });
  it("then a family, once a version suffix is dropped", () => {
    expect(resolve(incident(null, "aave-v9", "Aave v9"))).toEqual({ slug: "aave", via: "family" });
    expect(resolve(incident(null, "curvev2", "CurveV2"))).toEqual({ slug: "curve", via: "family" });
  });
  it("then the exact name, in any case", () => {
    expect(resolve(incident(null, null, "BYBIT"))).toEqual({ slug: "bybit", via: "name" });
    expect(resolve(incident(null, "something-else", "aave v3"))).toEqual({ slug: "aave-v3", via: "name" });
  });
  it("leaves the rest unresolved", () => {
    expect(resolve(incident(null, "flashstakev2", "FlashstakeV2"))).toBeNull();
    expect(resolve(incident(null, null, "Bybit exchange"))).toBeNull();
  });
});
