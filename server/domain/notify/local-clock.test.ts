import { describe, expect, it } from "vitest";
import { isDigestDue, isTimeZone, localClock } from "./local-clock";

describe("the user's local clock", () => {
  it("gives the day and hour in the user's zone, across the date line and daylight saving", () => {
    const instant = new Date("2026-12-04T23:30:00Z");
    expect(localClock(instant, "UTC")).toEqual({ day: "2026-12-04", hour: 23 });
    expect(localClock(instant, "Asia/Tokyo")).toEqual({ day: "2026-12-05", hour: 8 });
    expect(localClock(instant, "America/Los_Angeles")).toEqual({ day: "2026-12-04", hour: 15 });
    // Summer time: Paris is UTC+2 in July, UTC+1 in December.
    expect(localClock(new Date("2026-07-01T06:00:00Z"), "Europe/Paris").hour).toBe(8);
    expect(localClock(new Date("2026-12-01T06:00:00Z"), "Europe/Paris").hour).toBe(7);
    expect(localClock(new Date("2026-12-04T00:15:00Z"), "UTC").hour).toBe(0);
  });

  it("knows real zones and refuses made-up ones", () => {
    expect(isTimeZone("Europe/Zurich")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(localClock(new Date("2026-12-04T10:00:00Z"), "Mars/Olympus_Mons")).toEqual({ day: "2026-12-04", hour: 10 });
  });

  it("makes the digest due from the digest hour, once per local day", () => {
    const pref = { timeZone: "Asia/Tokyo", digestHour: 8, lastSweptOn: null };
    expect(isDigestDue(new Date("2026-12-04T22:59:00Z"), pref)).toBe(false); // 07:59 in Tokyo
    expect(isDigestDue(new Date("2026-12-04T23:00:00Z"), pref)).toBe(true);
    expect(isDigestDue(new Date("2026-12-05T10:00:00Z"), { ...pref, lastSweptOn: "2026-12-05" })).toBe(false);
    expect(isDigestDue(new Date("2026-12-05T10:00:00Z"), { ...pref, lastSweptOn: "2026-12-04" })).toBe(true);
  });
});
