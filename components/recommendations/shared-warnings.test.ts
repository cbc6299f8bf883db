import { describe, expect, it } from "vitest";
import type { TPositionRecommendation } from "@/lib/schemas/recommendation";
import { ownWarnings, sharedWarnings } from "./shared-warnings";

const kyc = { code: "kyc_required", text: "KYC required.", checklistId: "eligibility" };
const vote = { code: "discretionary_claims", text: "Member vote.", checklistId: "claims_process" };
const scopeAave = { code: "vague_scope", text: "Check that the wording lists Aave.", checklistId: "vague_wording" };
const scopeLido = { code: "vague_scope", text: "Check that the wording lists Lido.", checklistId: "vague_wording" };

const position = (...cards: (typeof kyc)[][]) =>
  ({ gaps: [{ suggestions: cards.map((warnings) => ({ warnings })) }] }) as unknown as TPositionRecommendation;

describe("warnings said once per page", () => {
  it("lifts a warning out only when every suggestion on the page carries it, word for word", () => {
    const page = [position([kyc, vote, scopeAave], [kyc, scopeAave]), position([kyc, vote, scopeLido])];
    // KYC is on all three cards; the vote on two; the scope warnings differ in their words (Aave vs Lido).
    expect(sharedWarnings(page)).toEqual([kyc]);
    expect(ownWarnings([kyc, vote, scopeAave], sharedWarnings(page))).toEqual([vote, scopeAave]);
  });

  it("lifts nothing from a page with a single suggestion, or with none", () => {
    expect(sharedWarnings([position([kyc, vote])])).toEqual([]);
    expect(sharedWarnings([])).toEqual([]);
  });
});
