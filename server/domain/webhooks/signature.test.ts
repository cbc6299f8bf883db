import { describe, expect, it } from "vitest";
import { generateSecret, parseSecret, sign, verify } from "./signature";

// The Standard Webhooks reference test vector.
const vector = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};
const at = (timestamp: number) => new Date(timestamp * 1000);
const headersOf = (signature: string, id = vector.id, timestamp = vector.timestamp) => ({
  "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": signature,
});

describe("sign", () => {
  it("matches the Standard Webhooks test vector", () => {
    expect(sign(vector)).toBe(vector.signature);
  });

  it("refuses a malformed secret", () => {
    expect(() => sign({ ...vector, secret: "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" })).toThrow(/whsec_/);
  });
});

describe("verify", () => {
  it("accepts the vector's headers within the tolerance", () => {
    expect(verify(headersOf(vector.signature), vector.body, vector.secret, { now: at(vector.timestamp + 299) })).toEqual({ ok: true });
  });

  it("accepts any of several space-separated signatures, and header names in any case", () => {
    const headers = { "Webhook-Id": vector.id, "WEBHOOK-TIMESTAMP": String(vector.timestamp), "webhook-signature": `v1,bm90IGl0 ${vector.signature}` };
    expect(verify(headers, vector.body, vector.secret, { now: at(vector.timestamp) })).toEqual({ ok: true });
  });

  it.each([
    ["a changed body", headersOf(vector.signature), '{"test": 2432232315}', /no matching signature/],
    ["another id", headersOf(vector.signature, "msg_other"), vector.body, /no matching signature/],
    ["a forged signature", headersOf("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OF="), vector.body, /no matching signature/],
    ["another scheme", headersOf(vector.signature.replace("v1,", "v2,")), vector.body, /no matching signature/],
    ["a missing signature", { "webhook-id": vector.id, "webhook-timestamp": String(vector.timestamp) }, vector.body, /missing/],
    ["a malformed timestamp", { ...headersOf(vector.signature), "webhook-timestamp": "1614265330.5" }, vector.body, /malformed/],
  ])("refuses %s", (_name, headers, body, reason) => {
    const result = verify(headers, body, vector.secret, { now: at(vector.timestamp) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });

  it("answers, not throws, for a malformed secret", () => {
    expect(verify(headersOf(vector.signature), vector.body, "not-a-secret", { now: at(vector.timestamp) })).toEqual({ ok: false, reason: "the secret is not a valid whsec_ secret" });
  });

  it("refuses a timestamp more than the tolerance away, either side", () => {
    for (const offset of [301, -301]) {
      const result = verify(headersOf(vector.signature), vector.body, vector.secret, { now: at(vector.timestamp + offset) });
      expect(result).toEqual({ ok: false, reason: "timestamp outside the tolerance" });
    }
    expect(verify(headersOf(vector.signature), vector.body, vector.secret, { now: at(vector.timestamp + 1000), toleranceSeconds: 1000 })).toEqual({ ok: true });
  });
});

describe("secrets", () => {
  it("generates whsec_ + base64 of 32 random bytes, each different", () => {
    const a = generateSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const parsed = parseSecret(a);
    expect(parsed.ok && parsed.key.length).toBe(32);
    expect(generateSecret()).not.toBe(a);
  });

  it("signs with a generated secret what verify accepts", () => {
    const secret = generateSecret();
    const signature = sign({ id: "msg_1", timestamp: 1_700_000_000, body: "{}", secret });
    expect(verify(headersOf(signature, "msg_1", 1_700_000_000), "{}", secret, { now: at(1_700_000_000) })).toEqual({ ok: true });
    expect(verify(headersOf(signature, "msg_1", 1_700_000_000), "{}", generateSecret(), { now: at(1_700_000_000) }).ok).toBe(false);
  });

  it.each([
    ["no prefix", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", /start with whsec_/],
    ["not base64", "whsec_not base64!", /base64/],
    ["bad padding", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS", /base64/],
    ["a key of 23 bytes", `whsec_${Buffer.alloc(23, 1).toString("base64")}`, /24 to 64 bytes \(it is 23\)/],
    ["a key of 65 bytes", `whsec_${Buffer.alloc(65, 1).toString("base64")}`, /24 to 64 bytes \(it is 65\)/],
  ])("refuses a secret with %s", (_name, secret, reason) => {
    const parsed = parseSecret(secret);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(reason);
  });

  it("accepts keys of 24 and 64 bytes", () => {
    expect(parseSecret(`whsec_${Buffer.alloc(24, 7).toString("base64")}`).ok).toBe(true);
    expect(parseSecret(`whsec_${Buffer.alloc(64, 7).toString("base64")}`).ok).toBe(true);
  });
});
