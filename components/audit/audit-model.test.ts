import { describe, expect, it } from "vitest";
import { AUDIT_ENTITIES } from "@/server/domain/audit/changes";
import { ENTITY_OPTIONS, entityFilter, formatWhen } from "./audit-model";

describe("audit page model", () => {
  it("offers every entity once, and reads the select's value as a filter", () => {
    expect(ENTITY_OPTIONS.map((o) => o.value)).toEqual([...AUDIT_ENTITIES]);
    expect(entityFilter("")).toBeUndefined();
    expect(entityFilter("share_link")).toBe("share_link");
    expect(entityFilter("nope")).toBeUndefined();
  });

  it("writes times in UTC, the same on the server and in the browser", () => {
    expect(formatWhen("2026-01-05T14:03:59.123Z")).toBe("2026-01-05 14:03 UTC");
    expect(formatWhen("garbage")).toBe("garbage");
  });
});
