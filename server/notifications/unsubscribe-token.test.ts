import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { unsubscribeSecret, unsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from "./unsubscribe-token";

const secret = "test-secret-0123456789-abcdefghij";
const userId = "cmabc123def456";

describe("unsubscribe tokens", () => {
  it("round-trips the user id", () => {
    const token = unsubscribeToken(userId, secret);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(token, secret)).toBe(userId);
  });

  it("refuses a token signed with another secret", () => {
    expect(verifyUnsubscribeToken(unsubscribeToken(userId, "another-secret"), secret)).toBeNull();
  });

  it("refuses another user's id under a valid signature", () => {
    const [, sig] = unsubscribeToken(userId, secret).split(".");
    const forged = `${Buffer.from("someone-else").toString("base64url")}.${sig}`;
    expect(verifyUnsubscribeToken(forged, secret)).toBeNull();
  });

  it("refuses a MAC of the bare user id, made without the purpose string", () => {
    const bare = createHmac("sha256", secret).update(userId).digest("base64url");
    expect(verifyUnsubscribeToken(`${Buffer.from(userId).toString("base64url")}.${bare}`, secret)).toBeNull();
  });

  it("refuses garbled tokens", () => {
    const token = unsubscribeToken(userId, secret);
    const [id, sig] = token.split(".") as [string, string];
    const flipped = sig.slice(0, -2) + (sig.at(-2) === "A" ? "B" : "A") + sig.at(-1);
    for (const bad of [
      "", ".", "abc", `${id}.`, `.${sig}`, `${id}.${sig}.x`, `${id}.${flipped}`, `${id}.${sig.slice(1)}`,
      `${id}=.${sig}`, `${id}.${sig}=`, `${id}+.${sig}`, `${id} .${sig}`, "<script>.x", "a".repeat(600),
      `${id}.${sig}`.toUpperCase(),
    ]) {
      expect(verifyUnsubscribeToken(bad, secret), JSON.stringify(bad)).toBeNull();
    }
  });

  it("reads the secret from AUTH_SECRET and refuses to sign without one", () => {
    expect(unsubscribeSecret({ AUTH_SECRET: "a" })).toBe("a");
    expect(unsubscribeSecret({ NEXTAUTH_SECRET: "b" })).toBe("b");
    expect(() => unsubscribeSecret({})).toThrow(/AUTH_SECRET/);
  });

  it("builds the link under the base URL", () => {
    expect(unsubscribeUrl("https://cd.example/", userId, secret)).toBe(`https://cd.example/unsubscribe/${unsubscribeToken(userId, secret)}`);
  });
});
