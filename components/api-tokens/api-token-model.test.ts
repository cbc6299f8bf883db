import { describe, expect, it } from "vitest";
import { curlExample, formatExpiry, formatLastUsed, nameError, scopeError } from "./api-token-model";

describe("formatLastUsed", () => {
  const now = new Date("2026-12-05T12:00:00Z");
  it("says Never for a token not used yet", () => {
    expect(formatLastUsed(null, now)).toBe("Never");
  });
  it("reads recent uses relative to now", () => {
    expect(formatLastUsed("2026-12-05T11:59:30Z", now)).toBe("just now");
    expect(formatLastUsed("2026-12-05T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatLastUsed("2026-12-05T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatLastUsed("2026-12-04T11:00:00Z", now)).toBe("yesterday");
    expect(formatLastUsed("2026-12-01T12:00:00Z", now)).toBe("4 days ago");
  });
  it("treats a clock a little ahead of the browser's as just now", () => {
    expect(formatLastUsed("2026-12-05T12:00:20Z", now)).toBe("just now");
  });
  it("gives a date after a month", () => {
    expect(formatLastUsed("2026-09-01T12:00:00Z", now)).toMatch(/Sep 1, 2026/);
  });
});

describe("formatExpiry", () => {
  it("says No expiry for null", () => {
    expect(formatExpiry(null)).toBe("No expiry");
  });
  it("reads a picked day (stored as the next midnight UTC) as that day", () => {
    expect(formatExpiry("2027-01-01T00:00:00.000Z")).toBe("end of Dec 31, 2026 (UTC)");
  });
  it("gives any other instant as a date and time", () => {
    expect(formatExpiry("2027-01-01T10:30:00.000Z")).toMatch(/2027/);
  });
});

describe("the form's checks", () => {
  it("asks for a name of at most 80 characters", () => {
    expect(nameError("  ")).toMatch(/name/);
    expect(nameError("x".repeat(81))).toBe("At most 80 characters");
    expect(nameError("Nightly export")).toBeNull();
  });
  it("refuses read-write for a portfolio the user only views", () => {
    expect(scopeError("read-write", "viewer")).toMatch(/viewer/);
    expect(scopeError("read", "viewer")).toBeNull();
    expect(scopeError("read-write", "editor")).toBeNull();
    expect(scopeError("read-write", null)).toBeNull();
  });
});

describe("curlExample", () => {
  it("lists the portfolios at this origin with the token", () => {
    expect(curlExample("https://desk.example/", "cdk_abc")).toBe('curl -H "Authorization: Bearer cdk_abc" https://desk.example/api/v1/portfolios');
  });
});
