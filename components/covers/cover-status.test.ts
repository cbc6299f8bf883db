import { describe, expect, it } from "vitest";
import { claimWindows, coverBadges } from "./cover-status";

const cover = { id: "c1", status: "held" as const, startsAt: "2026-01-01", expiresAt: "2026-07-01", positionIds: ["p1"] };
const labels = (...args: Parameters<typeof coverBadges>) => coverBadges(...args).map((b) => b.label);

describe("cover badges", () => {
  it("marks a running cover active until 30 days before it ends", () => {
    expect(labels(cover, "2026-03-01")).toEqual(["Active"]);
    expect(labels(cover, "2026-06-01")).toEqual(["Expires in 30 days"]);
    expect(labels(cover, "2026-06-30")).toEqual(["Expires tomorrow"]);
  });

  it("calls a cover expired on its expiry day, with the claim window when one is open", () => {
    expect(labels(cover, "2026-07-01")).toEqual(["Expired"]);
    expect(labels(cover, "2026-07-04", "2026-07-30")).toEqual(["Expired", "Claim window open until 2026-07-30"]);
    expect(labels(cover, "2026-07-04", null)).toEqual(["Expired", "Claim window open"]);
  });

  it("warns about a cover that protects no position", () => {
    expect(labels({ ...cover, positionIds: [] }, "2026-03-01")).toEqual(["Active", "No positions linked"]);
  });

  it("tells drafts and covers that have not started apart", () => {
    expect(labels({ ...cover, status: "draft" }, "2025-12-01")).toEqual(["Draft", "Not started"]);
  });
});

describe("claim windows from the summary", () => {
  it("maps each cover to the last day to file", () => {
    const map = claimWindows([
      { flags: [{ code: "claim_window_open", coverIds: ["c1"], until: "2026-07-30" }] },
      { flags: [{ code: "expired", coverIds: ["c3"] }] },
    ]);
    expect(Object.fromEntries(map)).toEqual({ c1: "2026-07-30" });
  });

  it("dates no cover from a flag that names several (its day is only the earliest)", () => {
    const map = claimWindows([
      { flags: [{ code: "claim_window_open", coverIds: ["c1", "c2"], until: "2026-07-30" }] },
      { flags: [{ code: "claim_window_open", coverIds: ["c2"], until: "2026-08-15" }] },
    ]);
    expect(Object.fromEntries(map)).toEqual({ c1: null, c2: "2026-08-15" });
  });
});
