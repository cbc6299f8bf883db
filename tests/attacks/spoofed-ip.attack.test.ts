// Issue 10 §1: per-IP limits cannot be dodged with headers. Real HTTP, one socket address per test.
import { describe, expect, it } from "vitest";
import { csrfFor, send, signInAttempt } from "./http-client";

const ATTEMPTS = 60;
const PER_IP_LIMIT = 50; // AUTH_RULES.signInPerIp at AUTH_RATE_LIMIT_SCALE=1

async function signInStatuses(from: string, headersFor: (i: number) => Record<string, string>): Promise<number[]> {
  const csrf = await csrfFor(from);
  const statuses: number[] = [];
  for (let i = 0; i < ATTEMPTS; i++) {
    const res = await signInAttempt(from, csrf, `nobody-${from}-${i}@attack.coverdesk.test`, "wrong-password", headersFor(i));
    statuses.push(res.status);
  }
  return statuses;
}

const refused = (statuses: number[]) => statuses.filter((s) => s === 429).length;

describe("sign-in attempts from one socket", () => {
  it("60 plain attempts: the last 10 get 429", async () => {
    expect(refused(await signInStatuses("127.0.0.11", () => ({})))).toBe(ATTEMPTS - PER_IP_LIMIT);
  });

  it("60 attempts with 60 different X-Forwarded-For values get 429 like 60 plain ones", async () => {
    const statuses = await signInStatuses("127.0.0.12", (i) => ({ "x-forwarded-for": `198.51.100.${i}`, "x-real-ip": `203.0.113.${i}` }));
    expect(refused(statuses)).toBe(ATTEMPTS - PER_IP_LIMIT);
    expect(statuses.slice(0, PER_IP_LIMIT).every((s) => s === 302)).toBe(true);
  });

  it("an empty first X-Forwarded-For entry does not skip the per-IP rule", async () => {
    expect(refused(await signInStatuses("127.0.0.13", (i) => ({ "x-forwarded-for": `,1.1.1.${i}` })))).toBe(ATTEMPTS - PER_IP_LIMIT);
  });

  it("a client cannot send the app's own client-IP header either", async () => {
    expect(refused(await signInStatuses("127.0.0.14", (i) => ({ "x-coverdesk-client-ip": `192.0.2.${i}` })))).toBe(ATTEMPTS - PER_IP_LIMIT);
  });
});

describe("sign-ups from one socket", () => {
  it("rotating X-Forwarded-For still hits the per-IP sign-up limit (20 an hour)", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const res = await send({
        method: "POST", path: "/api/trpc/auth.signUp", from: "127.0.0.15",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i}` },
        body: JSON.stringify({ email: `mass-${Date.now().toString(36)}-${i}@attack.coverdesk.test`, name: "Mass", password: "a-long-attack-password-42" }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429, 429, 429]);
  });
});
