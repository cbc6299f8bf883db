// Issue 10 §2 and §10: no flood wipes a lockout; one address cannot lock a user out everywhere.
import { describe, expect, it } from "vitest";
import { ATTACK_STORE_MAX_KEYS } from "./global-setup";
import { csrfFor, newSignedInUser, send, signInAttempt } from "./http-client";

const PER_PAIR_LIMIT = 10; // AUTH_RULES.signInPerEmailAndIp

describe("a locked (email, address) pair", () => {
  it("stays locked through floods of cheap and CSRF-passing requests with unique emails, many times the store's size", async () => {
    const victim = await newSignedInUser("127.0.0.21", "victim");
    const attacker = "127.0.0.22";
    const csrf = await csrfFor(attacker);
    for (let i = 0; i < PER_PAIR_LIMIT; i++) expect((await signInAttempt(attacker, csrf, victim.email, "wrong-password")).status).toBe(302);
    expect((await signInAttempt(attacker, csrf, victim.email, victim.password)).status).toBe(429);

    // Cheap requests (no CSRF token), from many addresses, with unique emails: 3 × the store.
    const flood = ATTACK_STORE_MAX_KEYS * 3;
    for (let i = 0; i < flood; i += 50) {
      await Promise.all(Array.from({ length: 50 }, (_, j) => send({
        method: "POST", path: "/api/auth/callback/credentials", from: `127.0.${1 + ((i + j) >> 8)}.${(i + j) & 255 || 1}`,
        headers: { "content-type": "application/json" }, body: JSON.stringify({ email: `flood-${i + j}@attack.coverdesk.test`, password: "x" }),
      })));
    }
    // And CSRF-passing ones with unique emails from the attacker's address (refused by its IP limit, cheaply).
    for (let i = 0; i < 200; i++) await signInAttempt(attacker, csrf, `flood2-${i}@attack.coverdesk.test`, "x");

    expect((await signInAttempt(attacker, csrf, victim.email, victim.password)).status).toBe(429);
  });

  it("locks the attacker's address out of that account, not the owner", async () => {
    const victim = await newSignedInUser("127.0.0.23", "owner");
    const attacker = "127.0.0.24";
    const csrf = await csrfFor(attacker);
    for (let i = 0; i <= PER_PAIR_LIMIT; i++) await signInAttempt(attacker, csrf, victim.email, "wrong-password");
    expect((await signInAttempt(attacker, csrf, victim.email, victim.password)).status).toBe(429);
    const ownerCsrf = await csrfFor("127.0.0.23");
    const owner = await signInAttempt("127.0.0.23", ownerCsrf, victim.email, victim.password);
    expect(owner.status).toBe(302);
    expect(String(owner.headers["set-cookie"])).toContain("session-token");
  });
});
