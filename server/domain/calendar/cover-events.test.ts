import { describe, expect, it } from "vitest";
import { coverEvents, coverEventUid, coverName, isInFeed, lastClaimDay, type CalendarCover } from "./cover-events";

const BASE = "https://app.coverdesk.test";
const cover = (over: Partial<CalendarCover> = {}): CalendarCover => ({
  id: "c1", portfolioId: "p1", portfolioName: "Treasury", productName: "Protocol Cover", providerName: "Nexus Mutual",
  amountUsd: "250000.00000000", startsAt: "2026-01-01", expiresAt: "2027-01-01", claimWindowDays: 35,
  positionLabels: ["Aave USDC"], ...over,
});

describe("coverEvents", () => {
  it("gives the expiry and the last day to claim, with stable UIDs, summaries and the portfolio link", () => {
    const events = coverEvents([cover()], { today: "2026-06-01", baseUrl: BASE });
    expect(events.map((e) => [e.kind, e.date, e.uid])).toEqual([
      ["expiry", "2027-01-01", "cover-c1-expiry@coverdesk"],
      // Open on the expiry day and the 34 after it.
      ["claim_window_end", "2027-02-04", "cover-c1-claim-window-end@coverdesk"],
    ]);
    expect(events[0]!.summary).toBe("Nexus Mutual Protocol Cover expires — Aave USDC (portfolio Treasury)");
    expect(events[1]!.summary).toBe("Last day to claim on Nexus Mutual Protocol Cover — Aave USDC (portfolio Treasury)");
    expect(events[0]!.url).toBe(`${BASE}/portfolios/p1`);
    expect(events[0]!.description).toContain("$250,000.00");
    expect(events[0]!.description).toContain("Claims can be filed until Feb 4, 2027");
    expect(events[0]!.description).toContain(`${BASE}/portfolios/p1`);
  });

  it("lists the start only while it is ahead", () => {
    const ahead = coverEvents([cover({ startsAt: "2026-07-01" })], { today: "2026-06-01", baseUrl: BASE });
    expect(ahead.map((e) => e.kind)).toEqual(["start", "expiry", "claim_window_end"]);
    expect(ahead[0]).toMatchObject({ date: "2026-07-01", uid: coverEventUid("c1", "start"), summary: expect.stringMatching(/^Nexus Mutual Protocol Cover starts — /) });
    const today = coverEvents([cover({ startsAt: "2026-06-01" })], { today: "2026-06-01", baseUrl: BASE });
    expect(today.map((e) => e.kind)).toEqual(["expiry", "claim_window_end"]);
  });

  it("skips the claim-window event when the window is unknown or zero", () => {
    for (const claimWindowDays of [null, 0]) {
      const events = coverEvents([cover({ claimWindowDays })], { today: "2026-06-01", baseUrl: BASE });
      expect(events.map((e) => e.kind)).toEqual(["expiry"]);
      expect(events[0]!.description).toContain("Claim window unknown");
    }
  });

  it("names the positions, at most three, and leaves them out when there are none", () => {
    const many = coverEvents([cover({ positionLabels: ["A", "B", "C", "D", "E"] })], { today: "2026-06-01", baseUrl: BASE });
    expect(many[0]!.summary).toBe("Nexus Mutual Protocol Cover expires — A, B, C and 2 more (portfolio Treasury)");
    const none = coverEvents([cover({ positionLabels: [] })], { today: "2026-06-01", baseUrl: BASE });
    expect(none[0]!.summary).toBe("Nexus Mutual Protocol Cover expires (portfolio Treasury)");
  });

  it("keeps the UIDs when anything but the cover id changes", () => {
    const a = coverEvents([cover()], { today: "2026-06-01", baseUrl: BASE }).map((e) => e.uid);
    const b = coverEvents([cover({ expiresAt: "2027-03-01", amountUsd: "1", portfolioName: "Renamed" })], { today: "2026-06-02", baseUrl: BASE }).map((e) => e.uid);
    expect(b).toEqual(a);
  });
});

describe("coverName", () => {
  it("prefixes the provider unless the product name already starts with it", () => {
    expect(coverName({ productName: "Protocol Cover", providerName: "Nexus Mutual" })).toBe("Nexus Mutual Protocol Cover");
    expect(coverName({ productName: "Nexus Mutual Bundle", providerName: "Nexus Mutual" })).toBe("Nexus Mutual Bundle");
    expect(coverName({ productName: "Custom policy", providerName: null })).toBe("Custom policy");
    expect(coverName({ productName: null, providerName: null })).toBe("Unnamed cover");
  });
});

describe("isInFeed", () => {
  const today = "2026-06-01";
  it("keeps live covers and those that expired within 30 days", () => {
    expect(isInFeed({ expiresAt: "2027-01-01", claimWindowDays: null }, today)).toBe(true);
    expect(isInFeed({ expiresAt: "2026-05-02", claimWindowDays: null }, today)).toBe(true);
    expect(isInFeed({ expiresAt: "2026-05-01", claimWindowDays: null }, today)).toBe(false);
  });

  it("keeps an older expired cover while its claim window is open", () => {
    // Expired 2026-04-01 with 62 days: the last day to claim is 2026-06-01.
    expect(lastClaimDay({ expiresAt: "2026-04-01", claimWindowDays: 62 })).toBe("2026-06-01");
    expect(isInFeed({ expiresAt: "2026-04-01", claimWindowDays: 62 }, today)).toBe(true);
    expect(isInFeed({ expiresAt: "2026-04-01", claimWindowDays: 61 }, today)).toBe(false);
  });
});
