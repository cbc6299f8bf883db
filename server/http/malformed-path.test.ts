import { describe, expect, it } from "vitest";
import { hasMalformedPath } from "./malformed-path";

describe("paths whose %-escapes do not decode", () => {
  it("are found in the path, not the query", () => {
    for (const bad of ["/api/calendar/%ff%fe.ics", "/api/calendar/%.ics", "/unsubscribe/%ff%fe", "/api/trpc/%ff", "/%E0%A4%A"]) expect(hasMalformedPath(bad)).toBe(true);
    for (const good of ["/", "/api/calendar/abc_-123.ics", "/s/%41bc", "/search?q=%ff", "/portfolios/%C3%A9", undefined]) expect(hasMalformedPath(good)).toBe(false);
  });
});
