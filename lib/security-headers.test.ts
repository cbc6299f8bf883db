import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders } from "./security-headers";

/** The sources of one directive, e.g. script-src. */
function directive(csp: string, name: string): string[] | undefined {
  const found = csp.split(";").map((d) => d.trim().split(/\s+/)).find(([n]) => n === name);
  return found?.slice(1);
}

const NONCE = "AAECAwQFBgcICQoLDA0ODw==";

describe("contentSecurityPolicy", () => {
  it("allows scripts by nonce (and what they load), never 'unsafe-inline', in production", () => {
    const csp = contentSecurityPolicy({ production: true, nonce: NONCE });
    expect(directive(csp, "script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("adds 'unsafe-eval' in development only, still without 'unsafe-inline' for scripts", () => {
    const csp = contentSecurityPolicy({ production: false, nonce: NONCE });
    expect(directive(csp, "script-src")).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'", "'unsafe-eval'"]);
  });

  it("without a nonce allows no inline script at all", () => {
    expect(directive(contentSecurityPolicy({ production: true }), "script-src")).toEqual(["'self'"]);
    expect(directive(contentSecurityPolicy({ production: false }), "script-src")).toEqual(["'self'", "'unsafe-eval'"]);
  });

  it("keeps the other directives (inline styles stay allowed: recharts sets style attributes)", () => {
    const csp = contentSecurityPolicy({ production: true, nonce: NONCE });
    expect(directive(csp, "default-src")).toEqual(["'self'"]);
    expect(directive(csp, "style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(csp, "img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(directive(csp, "font-src")).toEqual(["'self'", "data:"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
    expect(directive(csp, "base-uri")).toEqual(["'self'"]);
    expect(directive(csp, "form-action")).toEqual(["'self'"]);
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"]);
    // A nonce in style-src would make browsers ignore its 'unsafe-inline'.
    expect(directive(csp, "style-src")?.join(" ")).not.toContain("nonce");
  });

  it.each([
    ["empty", ""],
    ["too short", "abc"],
    ["a quote that would end the source", `${NONCE}' 'unsafe-inline`],
    ["a directive separator", `${NONCE}; script-src *`],
    ["a line break", `${NONCE}\r\nX-Evil: 1`],
  ])("refuses a nonce that is not base64 (%s)", (_label, nonce) => {
    expect(() => contentSecurityPolicy({ production: true, nonce })).toThrow(/nonce/);
  });

  it("gives a value Next.js extracts the same nonce from (its pattern: the first 'nonce-…' of script-src)", () => {
    const csp = contentSecurityPolicy({ production: true, nonce: NONCE });
    const source = directive(csp, "script-src")?.find((s) => /^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/.test(s));
    expect(source).toBe(`'nonce-${NONCE}'`);
  });
});

describe("createNonce", () => {
  it("is 128 random bits in base64, accepted by the policy, and different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
      expect(() => contentSecurityPolicy({ production: true, nonce })).not.toThrow();
    }
  });
});

describe("securityHeaders", () => {
  const byKey = (production: boolean) => new Map(securityHeaders(production).map((h) => [h.key.toLowerCase(), h.value]));

  it("carries a CSP without any nonce or inline script, for routes the proxy does not see (API, files)", () => {
    const csp = byKey(true).get("content-security-policy") ?? "";
    expect(directive(csp, "script-src")).toEqual(["'self'"]);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("names the CSP in lower case, as the proxy's response does, so the proxy's value replaces it", () => {
    expect(securityHeaders(true).map((h) => h.key)).toContain("content-security-policy");
  });

  it("keeps the other security headers, HSTS in production only", () => {
    const prod = byKey(true);
    expect(prod.get("x-frame-options")).toBe("DENY");
    expect(prod.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(prod.get("x-content-type-options")).toBe("nosniff");
    expect(prod.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=()");
    expect(prod.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(byKey(false).has("strict-transport-security")).toBe(false);
  });
});
