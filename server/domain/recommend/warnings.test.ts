import { describe, expect, it } from "vitest";
import { Decimal } from "../money";
import { BUYERS_CHECKLIST } from "./checklist";
import { gap, PREFS, product } from "./test-fixtures";
import { warningsFor, type WarningContext } from "./warnings";

const ctx = (over: Partial<WarningContext> = {}): WarningContext => ({
  gap: gap(), product: product(), prefs: PREFS, amountUsd: new Decimal(80000), gapUsd: new Decimal(80000),
  partial: false, raisedToMinimum: false, quoteOnly: false, requestedPeriodDays: 365, periodDays: 365,
  incidentKnown: false, ...over,
});
const codes = (c: WarningContext) => warningsFor(c).map((w) => w.code);

describe("warnings from the buyer's checklist", () => {
  it("has none for a parametric, no-KYC, listed product at a DeFi venue", () => {
    expect(warningsFor(ctx())).toEqual([]);
  });

  it("warns about KYC, known or unknown", () => {
    expect(codes(ctx({ product: product({ kycRequired: true }) }))).toEqual(["kyc_required"]);
    expect(codes(ctx({ product: product({ kycRequired: null }) }))).toEqual(["kyc_unknown"]);
  });

  it("warns about discretionary claims", () => {
    const [w] = warningsFor(ctx({ product: product({ claimsModel: "discretionary_vote" }) }));
    expect(w).toMatchObject({ code: "discretionary_claims", checklistId: "claims_process" });
  });

  it("warns about a vague scope: wildcard venue or no stated scope", () => {
    const [w] = warningsFor(ctx({ product: product({ venues: ["*"], venueKinds: ["defi"] }) }));
    expect(w).toEqual({ code: "vague_scope", checklistId: "vague_wording",
      text: 'Scope is "any DeFi venue": check that the wording really lists Aave v3.' });
    expect(codes(ctx({ product: product({ chains: [] }) }))).toEqual(["vague_scope"]);
  });

  it("warns when an incident at the venue is already known", () => {
    const [w] = warningsFor(ctx({ incidentKnown: true }));
    expect(w).toMatchObject({ code: "incident_known", checklistId: "after_incident" });
    expect(w!.text).toContain("Aave v3");
  });

  it("warns that custodial insurance is not FDIC/SIPC, for exchanges and custodians", () => {
    expect(codes(ctx({ gap: gap({ venue: "coinbase", venueKind: "cex", risk: "custody_theft" }) }))).toEqual(["custodial_not_fdic"]);
    expect(codes(ctx({ product: product({ claimsModel: "custodian_policy" }) }))).toEqual(["custodial_not_fdic"]);
  });

  it("warns about region when the user has not given one and the product excludes some", () => {
    const [w] = warningsFor(ctx({ prefs: { ...PREFS, region: null }, product: product({ regionsExcluded: ["US", "CN"] }) }));
    expect(w).toMatchObject({ code: "region_unknown", text: "Not offered in US, CN: set your region to check eligibility." });
  });

  it("warns about partial capacity, a minimum above the gap, quote only, period and deductible", () => {
    expect(warningsFor(ctx({ partial: true, product: product({ capacityUsd: "12000" }) }))[0]!.text)
      .toBe("Capacity $12,000 is below your $80,000 gap: this product covers only part of it.");
    expect(warningsFor(ctx({ raisedToMinimum: true, amountUsd: new Decimal(5000), gapUsd: new Decimal(801) }))[0]!.text)
      .toBe("The minimum purchase ($5,000) is above your $801 gap: it insures more than your target.");
    expect(codes(ctx({ quoteOnly: true }))).toEqual(["quote_only"]);
    expect(warningsFor(ctx({ periodDays: 90 }))[0]!.text)
      .toBe("Sold for 90 days, not 365: priced for 90 days; renew before it lapses.");
    expect(warningsFor(ctx({ product: product({ deductible: { kind: "pct_of_loss", value: "10.00" } }) }))[0]!.text)
      .toBe("Deductible: 10 % of each loss is yours to carry.");
    expect(warningsFor(ctx({ product: product({ deductible: { kind: "fixed_usd", value: "2500" } }) }))[0]!.text)
      .toBe("Deductible: $2,500 per claim is yours to carry.");
  });

  it("every warning points at an entry of the checklist", () => {
    const ids = new Set([...BUYERS_CHECKLIST.items, ...BUYERS_CHECKLIST.redFlags, ...BUYERS_CHECKLIST.mistakes].map((e) => e.id));
    const all = warningsFor(ctx({
      product: product({ kycRequired: true, claimsModel: "discretionary_vote", venues: [], deductible: { kind: "pct_of_cover", value: "5" } }),
      gap: gap({ venueKind: "cex" }), partial: true, raisedToMinimum: true, quoteOnly: true, periodDays: 90, incidentKnown: true,
    }));
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const w of all) expect(ids.has(w.checklistId)).toBe(true);
  });
});
