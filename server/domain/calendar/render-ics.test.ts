import { describe, expect, it } from "vitest";
import { coverEvents, type CalendarCover } from "./cover-events";
import { renderIcs } from "./render-ics";

const NOW = new Date("2026-06-01T09:30:00Z");
const cover = (over: Partial<CalendarCover> = {}): CalendarCover => ({
  id: "c1", portfolioId: "p1", portfolioName: "Treasury", productName: "Protocol Cover", providerName: "Nexus Mutual",
  amountUsd: "250000", startsAt: "2026-07-01", expiresAt: "2027-01-01", claimWindowDays: 35,
  positionLabels: ["Aave USDC"], ...over,
});
const render = (covers: CalendarCover[]) => renderIcs(coverEvents(covers, { today: "2026-06-01", baseUrl: "https://app.coverdesk.test" }), { now: NOW });

/** Content lines with folding undone (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").split("\r\n").filter(Boolean);
const blocks = (ics: string, name: string) => ics.split(`BEGIN:${name}\r\n`).slice(1).map((b) => b.slice(0, b.indexOf(`END:${name}\r\n`)));

describe("renderIcs", () => {
  it("is a calendar named CoverDesk covers, every line CRLF-terminated", () => {
    const ics = render([cover()]);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//CoverDesk//CoverDesk//EN\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("\r\nX-WR-CALNAME:CoverDesk covers\r\n");
    // No bare LF or CR: every line break is CRLF.
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds lines at 75 octets, counting UTF-8 bytes, and unfolds to the full text", () => {
    const long = cover({ portfolioName: `Treasury ${"é".repeat(40)} 🛡️ ${"x".repeat(80)}`, positionLabels: ["Aave USDC", "Lido stETH", "Curve 3pool"] });
    const ics = render([long]);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    const summary = unfold(ics).find((l) => l.startsWith("SUMMARY:") && l.includes("expires"));
    expect(summary).toBe(`SUMMARY:Nexus Mutual Protocol Cover expires — Aave USDC\\, Lido stETH\\, Curve 3pool (portfolio ${long.portfolioName})`);
  });

  it("writes all-day events: DTSTART;VALUE=DATE and DTEND the next day", () => {
    const lines = unfold(render([cover()]));
    expect(lines.filter((l) => l.startsWith("DTSTART"))).toEqual(["DTSTART;VALUE=DATE:20260701", "DTSTART;VALUE=DATE:20270101", "DTSTART;VALUE=DATE:20270204"]);
    expect(lines.filter((l) => l.startsWith("DTEND"))).toEqual(["DTEND;VALUE=DATE:20260702", "DTEND;VALUE=DATE:20270102", "DTEND;VALUE=DATE:20270205"]);
    expect(lines).toContain("DTSTAMP:20260601T093000Z");
  });

  it("gives every event a display alarm 7 days and 1 day before", () => {
    const ics = render([cover()]);
    const events = blocks(ics, "VEVENT");
    expect(events).toHaveLength(3);
    for (const event of events) {
      const alarms = blocks(event, "VALARM");
      expect(alarms.map((a) => unfold(a).filter((l) => /^(ACTION|TRIGGER)/.test(l)))).toEqual([
        ["ACTION:DISPLAY", "TRIGGER:-P7D"],
        ["ACTION:DISPLAY", "TRIGGER:-P1D"],
      ]);
      // A DISPLAY alarm must carry a DESCRIPTION (RFC 5545 §3.6.6).
      for (const a of alarms) expect(a).toMatch(/\r\nDESCRIPTION:/);
    }
  });

  it("keeps UIDs stable from one rendering to the next, one per cover and kind", () => {
    const uids = (ics: string) => unfold(ics).filter((l) => l.startsWith("UID:"));
    const first = render([cover(), cover({ id: "c2", portfolioName: "Ops" })]);
    const later = renderIcs(coverEvents([cover({ expiresAt: "2027-02-01" }), cover({ id: "c2", portfolioName: "Ops" })], { today: "2026-06-02", baseUrl: "https://x.test" }), { now: new Date() });
    expect(uids(first)).toEqual([
      "UID:cover-c1-start@coverdesk", "UID:cover-c1-expiry@coverdesk", "UID:cover-c1-claim-window-end@coverdesk",
      "UID:cover-c2-start@coverdesk", "UID:cover-c2-expiry@coverdesk", "UID:cover-c2-claim-window-end@coverdesk",
    ]);
    expect(uids(later)).toEqual(uids(first));
  });

  it("escapes commas, semicolons, backslashes and newlines in text values", () => {
    const tricky = cover({ productName: "Cover; with, punctuation\\", portfolioName: "Fund, LP; main", positionLabels: ["A;B", "C,D"] });
    const lines = unfold(render([tricky]));
    const summary = lines.find((l) => l.startsWith("SUMMARY:") && l.includes("expires"))!;
    expect(summary).toBe("SUMMARY:Nexus Mutual Cover\\; with\\, punctuation\\\\ expires — A\\;B\\, C\\,D (portfolio Fund\\, LP\\; main)");
    const description = lines.find((l) => l.startsWith("DESCRIPTION:") && l.includes("expires"))!;
    expect(description).toContain("\\n");
    expect(description).not.toMatch(/[^\\][,;]/);
    expect(lines).toContain("URL;VALUE=URI:https://app.coverdesk.test/portfolios/p1");
  });

  it("renders an empty calendar when there is nothing to show", () => {
    const ics = renderIcs([], { now: NOW });
    expect(ics).not.toContain("BEGIN:VEVENT");
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  });
});
