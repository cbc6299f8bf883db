import { describe, expect, it } from "vitest";
import { checkAuthAttempt, emailRuleKey } from "./auth-limits";
import { MemoryRateLimitStore } from "./memory-store";
import { createHash } from "node:crypto";
import { csrfCanPass, isCredentialsCallback, nextAuthSecretString, signInEmailFrom } from "./sign-in-request";

const URL_ = "http://localhost:3000/api/auth/callback/credentials";
const post = (body: BodyInit | null, contentType?: string) =>
  new Request(URL_, { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });

describe("the email of a credentials sign-in request", () => {
  it("reads a URL-encoded form", async () => {
    expect(await signInEmailFrom(post("email=ada%40x.io&password=p&csrfToken=t", "application/x-www-form-urlencoded"))).toBe("ada@x.io");
  });

  it("reads a JSON body (next-auth accepts one)", async () => {
    expect(await signInEmailFrom(post(JSON.stringify({ email: "ada@x.io", password: "p" }), "application/json; charset=utf-8"))).toBe("ada@x.io");
  });

  it("takes the last of repeated form fields, as next-auth does", async () => {
    expect(await signInEmailFrom(post("email=decoy%40x.io&email=victim%40x.io", "application/x-www-form-urlencoded"))).toBe("victim@x.io");
  });

  it("leaves the request body for next-auth", async () => {
    const req = post(JSON.stringify({ email: "ada@x.io" }), "application/json");
    await signInEmailFrom(req);
    expect(await req.json()).toEqual({ email: "ada@x.io" });
  });

  it.each([
    ["malformed JSON", post("{not json", "application/json")],
    ["a JSON array", post(JSON.stringify([{ email: "a@x.io" }]), "application/json")],
    ["JSON null", post("null", "application/json")],
    ["a non-string email", post(JSON.stringify({ email: ["a@x.io"] }), "application/json")],
    ["no email field", post("password=p", "application/x-www-form-urlencoded")],
    ["no content type", post("email=a%40x.io")],
    ["text/plain", post("email=a%40x.io", "text/plain")],
    ["no body", post(null, "application/json")],
  ])("is unknown, without throwing, for %s", async (_label, req) => {
    await expect(signInEmailFrom(req)).resolves.toBeUndefined();
  });
});

describe("which POSTs are credentials sign-ins", () => {
  it.each([
    ["/api/auth/callback/credentials", true],
    ["/api/auth/callback/credentials/", true],
    ["/api/auth//callback//credentials", true],
    ["/api/auth/callback/credentials?x=1", true],
    ["/api/auth/callback/github", false],
    ["/api/auth/signout", false],
    ["/api/auth/signin/credentials", false],
  ])("%s → %s", (path, expected) => {
    expect(isCredentialsCallback(`http://localhost:3000${path}`)).toBe(expected);
  });
});

describe("the per-email rule with an unknown email", () => {
  it("uses one shared key, distinct from any email's", () => {
    expect(emailRuleKey("signIn", undefined)).toBe("signIn:email-unknown");
    expect(emailRuleKey("signIn", "  ")).toBe("signIn:email-unknown");
    expect(emailRuleKey("signIn", " Ada@X.io ")).toBe("signIn:email:ada@x.io");
  });

  it("still applies when neither the IP nor the email is known", async () => {
    const store = new MemoryRateLimitStore(() => 0);
    for (let i = 0; i < 10; i++) expect((await checkAuthAttempt(store, "signIn", undefined, undefined)).allowed).toBe(true);
    expect((await checkAuthAttempt(store, "signIn", undefined, undefined)).allowed).toBe(false);
    expect((await checkAuthAttempt(store, "signIn", undefined, "someone@x.io")).allowed).toBe(true);
  });
});

describe("whether next-auth's CSRF check can pass", () => {
  const secret = "s3cret";
  const hash = (token: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");
  const cookie = (token: string, h = hash(token)) => `other=1; authjs.csrf-token=${encodeURIComponent(`${token}|${h}`)}`;

  it("passes with the cookie next-auth set and the same token in the body", () => {
    expect(csrfCanPass(cookie("abc"), "abc", secret)).toBe(true);
    expect(csrfCanPass(`__Host-authjs.csrf-token=abc%7C${hash("abc")}`, "abc", secret)).toBe(true);
  });

  it.each([
    ["no cookie", null, "abc"],
    ["no body token", cookie("abc"), undefined],
    ["another token in the body", cookie("abc"), "abd"],
    ["a cookie not signed with our secret", cookie("abc", "0".repeat(64)), "abc"],
    ["a cookie without its hash", "authjs.csrf-token=abc", "abc"],
    ["a malformed cookie", "authjs.csrf-token=%E0%A4%A", "abc"],
  ])("fails with %s", (_label, cookieHeader, token) => {
    expect(csrfCanPass(cookieHeader, token, secret)).toBe(false);
  });

  it("stringifies the secret list as next-auth does (rotated secrets first)", () => {
    expect(nextAuthSecretString({ AUTH_SECRET: "main" })).toBe("main");
    expect(nextAuthSecretString({ AUTH_SECRET: "main", AUTH_SECRET_1: "one", AUTH_SECRET_2: "two" })).toBe("two,one,main");
  });
});
