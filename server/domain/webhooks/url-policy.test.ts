import { describe, expect, it } from "vitest";
import { checkWebhookUrl, classifyAddress, resolvePublicAddress, type LookupAll } from "./url-policy";

describe("classifyAddress", () => {
  it.each([
    ["0.0.0.0", /this network/],
    ["0.1.2.3", /this network/],
    ["10.0.0.1", /private.*10\.0\.0\.0\/8/],
    ["10.255.255.255", /private/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["100.127.255.254", /carrier-grade NAT/],
    ["127.0.0.1", /loopback/],
    ["127.255.0.9", /loopback/],
    ["169.254.169.254", /cloud metadata/],
    ["169.254.1.1", /link-local/],
    ["172.16.0.1", /private.*172\.16\.0\.0\/12/],
    ["172.31.255.255", /private/],
    ["192.0.0.8", /IETF protocol/],
    ["192.0.2.10", /documentation/],
    ["192.168.1.1", /private.*192\.168/],
    ["198.18.0.1", /benchmarking/],
    ["198.19.255.1", /benchmarking/],
    ["203.0.113.5", /documentation/],
    ["224.0.0.1", /multicast/],
    ["239.255.255.250", /multicast/],
    ["240.0.0.1", /reserved/],
    ["255.255.255.255", /broadcast/],
    ["::", /unspecified/],
    ["::1", /loopback address \(::1\)/],
    ["[::1]", /loopback/],
    ["::ffff:10.0.0.1", /IPv4-mapped form of a private address/],
    ["::ffff:a00:1", /IPv4-mapped form of a private address/],
    ["::ffff:127.0.0.1", /IPv4-mapped form of a loopback/],
    ["::ffff:7f00:1", /IPv4-mapped form of a loopback/],
    ["::ffff:169.254.169.254", /IPv4-mapped form of the cloud metadata/],
    ["::127.0.0.1", /reserved IPv6/],
    ["64:ff9b::a00:1", /NAT64/],
    ["100::1", /discard-only/],
    ["2001:db8::1", /documentation/],
    ["2001:0:4136:e378::1", /IETF protocol.*Teredo/],
    ["2002:a00:1::1", /6to4/],
    ["fc00::1", /unique local/],
    ["fd12:3456:789a::1", /unique local/],
    ["fe80::1", /link-local/],
    ["fe80::1%eth0", /link-local/],
    ["febf:ffff::1", /link-local/],
    ["fec0::1", /site-local/],
    ["ff02::1", /multicast/],
    ["4000::1", /reserved IPv6/],
    ["example.com", /not an IP address/],
    ["", /not an IP address/],
  ])("%s is not public (%s)", (address, reason) => {
    const verdict = classifyAddress(address);
    expect(verdict.public).toBe(false);
    expect(!verdict.public && verdict.reason).toMatch(reason);
  });

  it.each([
    "1.1.1.1", "8.8.8.8", "93.184.215.14", "9.255.255.255", "11.0.0.1", "100.63.255.255", "100.128.0.1", "126.255.255.255", "128.0.0.1",
    "169.253.255.255", "169.255.0.1", "172.15.255.255", "172.32.0.1", "192.0.1.1", "192.167.255.255", "192.169.0.1", "198.17.255.255",
    "198.20.0.1", "223.255.255.255", "::ffff:8.8.8.8", "::ffff:808:808", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "2001:4860:4860::8888",
  ])("%s is public", (address) => {
    expect(classifyAddress(address)).toEqual({ public: true });
  });
});

describe("checkWebhookUrl", () => {
  const strict = { allowPrivate: false, production: true };
  const dev = { allowPrivate: false, production: false };

  it("accepts an https URL and gives its host name without brackets", () => {
    const ok = checkWebhookUrl("https://hooks.example.com:8443/coverdesk?x=1", strict);
    expect(ok.ok && ok.hostname).toBe("hooks.example.com");
    const v6 = checkWebhookUrl("https://[2606:4700::1]/hook", strict);
    expect(v6.ok && v6.hostname).toBe("2606:4700::1");
  });

  it.each([
    ["too long", `https://example.com/${"a".repeat(2000)}`, strict, /at most 2,000 characters/],
    ["not a URL", "hooks.example.com/x", strict, /full URL/],
    ["ftp", "ftp://example.com/x", dev, /https:\/\//],
    ["javascript:", "javascript:alert(1)", dev, /https:\/\//],
    ["http in production", "http://example.com/x", strict, /must use https/],
    ["credentials", "https://user:pass@example.com/x", strict, /user name or password/],
    ["a user name only", "https://user@example.com/x", strict, /user name or password/],
  ])("refuses %s", (_name, url, policy, reason) => {
    const result = checkWebhookUrl(url, policy);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it("takes exactly 2,000 characters", () => {
    const url = `https://example.com/${"a".repeat(2000 - "https://example.com/".length)}`;
    expect(url.length).toBe(2000);
    expect(checkWebhookUrl(url, strict).ok).toBe(true);
  });

  it("allows http outside production, and in production when private targets are allowed", () => {
    expect(checkWebhookUrl("http://example.com/x", dev).ok).toBe(true);
    expect(checkWebhookUrl("http://127.0.0.1:3000/x", { allowPrivate: true, production: true }).ok).toBe(true);
  });
});

describe("resolvePublicAddress", () => {
  const fake = (table: Record<string, string[]>): LookupAll => async (hostname) => {
    const addresses = table[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
    return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };
  const dns = fake({
    "public.example": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"],
    "internal.example": ["10.1.2.3"],
    "mixed.example": ["93.184.215.14", "192.168.0.10"],
    "metadata.example": ["169.254.169.254"],
    "mapped.example": ["::ffff:127.0.0.1"],
    "ula.example": ["fd00::5"],
    "empty.example": [],
  });

  it("returns every address of a public name", async () => {
    const result = await resolvePublicAddress("public.example", { allowPrivate: false, lookup: dns });
    expect(result).toEqual({ ok: true, addresses: [{ address: "93.184.215.14", family: 4 }, { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 }] });
  });

  it.each([
    ["internal.example", /internal\.example resolves to 10\.1\.2\.3, .*private/],
    ["mixed.example", /mixed\.example resolves to 192\.168\.0\.10/],
    ["metadata.example", /cloud metadata/],
    ["mapped.example", /IPv4-mapped form of a loopback/],
    ["ula.example", /unique local/],
    ["empty.example", /could not be found/],
    ["nowhere.example", /The host nowhere\.example could not be found/],
  ])("refuses %s", async (hostname, reason) => {
    const result = await resolvePublicAddress(hostname, { allowPrivate: false, lookup: dns });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it("takes an IP literal as is, without a lookup", async () => {
    const never: LookupAll = () => Promise.reject(new Error("looked up"));
    expect(await resolvePublicAddress("8.8.8.8", { allowPrivate: false, lookup: never })).toEqual({ ok: true, addresses: [{ address: "8.8.8.8", family: 4 }] });
    const loopback = await resolvePublicAddress("[::1]", { allowPrivate: false, lookup: never });
    expect(!loopback.ok && loopback.reason).toMatch(/::1 is a loopback address/);
  });

  it("refuses localhost by real resolution, and allows it when private targets are allowed", async () => {
    const refused = await resolvePublicAddress("localhost", { allowPrivate: false });
    expect(!refused.ok && refused.reason).toMatch(/localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    const allowed = await resolvePublicAddress("localhost", { allowPrivate: true });
    expect(allowed.ok).toBe(true);
  });

  it("gives up on a lookup that takes too long", async () => {
    const slow: LookupAll = () => new Promise(() => {});
    const result = await resolvePublicAddress("slow.example", { allowPrivate: false, lookup: slow, timeoutMs: 20 });
    expect(!result.ok && result.reason).toMatch(/took too long/);
  });
});
