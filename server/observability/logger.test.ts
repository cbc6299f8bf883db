import { describe, expect, it } from "vitest";
import { Writable } from "node:stream";
import { createLogger, requestIdFrom } from "./logger";

describe("request ids", () => {
  it("keeps a well-formed incoming id and replaces a hostile one", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-1234abcd" }))).toBe("lb-1234abcd");
    const made = requestIdFrom(new Headers({ "x-request-id": "<script>alert(1)</script>" }));
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("log redaction", () => {
  it("never writes a password or cookie", () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = createLogger(sink, "info");
    log.info({ user: { password: "hunter2-long", passwordHash: "$argon2id$x" }, headers: { cookie: "authjs.session-token=abc" } }, "sign-in");
    expect(lines.join("")).toContain("[redacted]");
    expect(lines.join("")).not.toContain("$argon2id$x");
    expect(lines.join("")).not.toContain("hunter2-long");
    expect(lines.join("")).not.toContain("authjs.session-token");
  });
});
