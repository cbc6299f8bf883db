import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

describe("database-unavailable errors", () => {
  it.each([
    [{ code: "ECONNREFUSED" }],
    [{ code: "57P01", message: "terminating connection due to administrator command" }],
    [new Error("Connection terminated unexpectedly")],
    [{ message: "wrapped", cause: { code: "P1001" } }],
  ])("recognises %o as retryable", (error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("does not treat a constraint violation as an outage", () => {
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
  });
});
