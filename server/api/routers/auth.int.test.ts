import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import { verifyCredentials } from "@/server/services/account-service";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, codeOf } from "@/tests/integration/callers";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

const anonymous = (ip = "203.0.113.7") => callerFor(tdb.prisma, null, { clientIp: ip, rateLimits: new MemoryRateLimitStore() });

describe("auth.signUp", () => {
  it("creates an account with a lower-cased email and an argon2id hash that verifies", async () => {
    const user = await anonymous().auth.signUp({ email: " Ada@Example.COM ", name: "Ada", password: "a-long-password" });
    expect(user.email).toBe("ada@example.com");
    const stored = await tdb.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyCredentials(tdb.prisma, "ada@example.com", "a-long-password")).toMatchObject({ id: user.id });
    expect(await verifyCredentials(tdb.prisma, "ada@example.com", "wrong-password")).toBeNull();
  });

  it("refuses a duplicate email with CONFLICT on the email field", async () => {
    await anonymous().auth.signUp({ email: "dup@example.com", name: "A", password: "a-long-password" });
    await expect(anonymous().auth.signUp({ email: "DUP@example.com", name: "B", password: "another-password" }))
      .rejects.toMatchObject({ code: "CONFLICT", field: "email" });
  });

  it("refuses a password under 10 characters", async () => {
    expect(await codeOf(anonymous().auth.signUp({ email: "short@example.com", name: "S", password: "123456789" }))).toBe("BAD_REQUEST");
    expect(await tdb.prisma.user.count({ where: { email: "short@example.com" } })).toBe(0);
  });

  it("rate-limits sign-ups per IP with TOO_MANY_REQUESTS and a retry delay", async () => {
    const caller = anonymous("198.51.100.1");
    for (let i = 0; i < 20; i++) await caller.auth.signUp({ email: `burst${i}@example.com`, name: "B", password: "a-long-password" });
    const error = await caller.auth.signUp({ email: "burst-last@example.com", name: "B", password: "a-long-password" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect((error as { retryAfterSec: number }).retryAfterSec).toBeGreaterThan(0);
    expect(await tdb.prisma.user.count({ where: { email: "burst-last@example.com" } })).toBe(0);
  });
});
