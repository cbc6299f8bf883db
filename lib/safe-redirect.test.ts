import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("redirect targets", () => {
  it.each(["/portfolios", "/portfolios/abc?tab=covers#x", "/providers/compare?slugs=a,b", "/%2F%2Fevil.example"])("keeps the same-origin path %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });

  it.each([
    ["a tab that browsers drop (/\\t/evil.example)", "/\t/evil.example"],
    ["CR LF (header injection)", "/\r\nSet-Cookie: x=1"],
    ["a newline", "/\n/evil.example"],
    ["a backslash", "/\\evil.example"],
    ["a backslash later on", "/a/..\\..\\evil"],
    ["protocol-relative", "//evil.example"],
    ["absolute", "https://evil.example/"],
    ["javascript:", "javascript:alert(1)"],
    ["relative", "portfolios"],
    ["empty", ""],
    ["NUL", "/\u0000"],
    ["a C1 control", "/\u0085evil"],
    ["very long", `/${"a".repeat(3000)}`],
  ])("falls back for %s", (_label, value) => {
    expect(safeRedirectPath(value)).toBe("/portfolios");
  });

  it("falls back for anything that is not one string", () => {
    for (const value of [undefined, null, 1, ["/a", "/b"], { toString: () => "/x" }]) expect(safeRedirectPath(value, "/home")).toBe("/home");
  });

  it("normalises dot segments without leaving the origin", () => {
    expect(safeRedirectPath("/a/../../b")).toBe("/b");
  });
});
