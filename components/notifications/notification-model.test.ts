import { describe, expect, it } from "vitest";
import { checkNowSummary, hourLabel, initialTimeZone, parseGapThreshold, timeZoneOptions } from "./notification-model";

describe("parseGapThreshold", () => {
  it("accepts what people paste", () => {
    expect(parseGapThreshold("$10,000")).toBe("10000");
    expect(parseGapThreshold(" 2 500.50 ")).toBe("2500.50");
    expect(parseGapThreshold("0")).toBe("0");
  });
  it("refuses signs, words and too many decimals", () => {
    expect(parseGapThreshold("-5")).toBeNull();
    expect(parseGapThreshold("ten")).toBeNull();
    expect(parseGapThreshold("1.123456789")).toBeNull();
    expect(parseGapThreshold("")).toBeNull();
    expect(parseGapThreshold("99999999999999")).toBeNull();
  });
});

describe("checkNowSummary", () => {
  it("says what went where", () => {
    expect(checkNowSummary({ notices: 3, email: { id: "e", status: "outbox" }, webhookDeliveries: 2 })).toBe("3 new alerts: e-mail in your outbox, 2 webhook deliveries.");
    expect(checkNowSummary({ notices: 1, email: null, webhookDeliveries: 1 })).toBe("1 new alert: 1 webhook delivery.");
    expect(checkNowSummary({ notices: 0, email: null, webhookDeliveries: 0 })).toBe("Nothing new since the last notice.");
    expect(checkNowSummary({ notices: 2, email: null, webhookDeliveries: 0 })).toMatch(/^2 new alerts, not sent/);
  });
});

describe("time zones and hours", () => {
  it("puts UTC first, once", () => {
    const zones = timeZoneOptions(["Europe/Zurich"]);
    expect(zones[0]).toBe("UTC");
    expect(zones.filter((z) => z === "UTC")).toHaveLength(1);
    expect(zones).toContain("Europe/Zurich");
  });
  it("preselects the browser's zone until one is saved", () => {
    expect(initialTimeZone("UTC", "Europe/Zurich")).toBe("Europe/Zurich");
    expect(initialTimeZone("Asia/Tokyo", "Europe/Zurich")).toBe("Asia/Tokyo");
  });
  it("labels hours", () => {
    expect(hourLabel(0)).toBe("00:00");
    expect(hourLabel(23)).toBe("23:00");
  });
});
