import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientIpFrom, markClientIpStamping, resolveClientIp, trustProxyHopsFrom } from "./client-ip";

describe("the client IP worked out from the socket", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientIp("127.0.0.1", "1.1.1.1", 0)).toBe("127.0.0.1");
    expect(resolveClientIp("127.0.0.1", ",1.1.1.1", 0)).toBe("127.0.0.1");
    expect(resolveClientIp("::ffff:10.1.2.3", undefined, 0)).toBe("10.1.2.3");
    expect(resolveClientIp("2001:DB8::1", undefined, 0)).toBe("2001:db8::1");
  });

  it("with TRUST_PROXY_HOPS=n is the n-th address from the right of X-Forwarded-For", () => {
    // client → proxy A (appends the client) → proxy B (appends A) → app
    expect(resolveClientIp("10.0.0.2", "6.6.6.6, 203.0.113.9, 10.0.0.1", 2)).toBe("203.0.113.9");
    expect(resolveClientIp("10.0.0.1", "6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("is unknown (one shared bucket) when the trusted entry is missing or not an address", () => {
    expect(resolveClientIp("10.0.0.1", undefined, 1)).toBeUndefined();
    expect(resolveClientIp("10.0.0.1", "203.0.113.9", 2)).toBeUndefined();
    expect(resolveClientIp("10.0.0.1", "1.1.1.1, ", 1)).toBeUndefined();
    expect(resolveClientIp("10.0.0.1", "not-an-ip", 1)).toBeUndefined();
    expect(resolveClientIp(undefined, undefined, 0)).toBeUndefined();
  });

  it("reads TRUST_PROXY_HOPS as a small whole number, else trusts no proxy", () => {
    expect(trustProxyHopsFrom("2")).toBe(2);
    for (const bad of [undefined, "", "-1", "1.5", "abc", "1000"]) expect(trustProxyHopsFrom(bad)).toBe(0);
  });
});

describe("the stamped header", () => {
  afterEach(() => markClientIpStamping(false));

  it("is ignored unless the app's own server stamps requests (a client could send it)", () => {
    const headers = new Headers({ [CLIENT_IP_HEADER]: "9.9.9.9" });
    expect(clientIpFrom(headers)).toBeUndefined();
    markClientIpStamping();
    expect(clientIpFrom(headers)).toBe("9.9.9.9");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" }))).toBeUndefined();
  });
});
