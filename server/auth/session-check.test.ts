import { afterEach, describe, expect, it, vi } from "vitest";
import type { JWT } from "next-auth/jwt";
import type { PrismaClient } from "@/server/db/generated/client";
import { logger } from "@/server/observability/logger";
import { authConfig } from "./config";
import { forgetUserSessionState, isCurrentFor, withSessionCheck } from "./session-state";
import { newSessionClaims } from "./session-token";

const holder = globalThis as typeof globalThis & { __coverdeskPrisma?: PrismaClient };
const original = holder.__coverdeskPrisma;
afterEach(() => {
  holder.__coverdeskPrisma = original;
  vi.restoreAllMocks();
});

const jwt = (token: JWT) => authConfig.callbacks.jwt({ token } as Parameters<typeof authConfig.callbacks.jwt>[0]);

describe("the session check (no database)", () => {
  it("is current only for the user's version, an id not signed out, within 30 days", () => {
    const now = 1_800_000_000;
    const claims = newSessionClaims("u1", 2, now - 10);
    const state = { version: 2, revokedSessionIds: new Set<string>() };
    expect(isCurrentFor(claims, state, now)).toBe(true);
    expect(isCurrentFor(claims, { ...state, version: 3 }, now)).toBe(false);
    expect(isCurrentFor(claims, { ...state, revokedSessionIds: new Set([claims.sessionId]) }, now)).toBe(false);
    expect(isCurrentFor(claims, null, now)).toBe(false);
    expect(isCurrentFor(claims, state, now + 30 * 24 * 3600)).toBe(false);
  });

  it("a database that cannot be reached gives no session, and tells the caller why (503, not 'sign in')", async () => {
    vi.spyOn(logger, "warn").mockImplementation(() => undefined);
    const down = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    holder.__coverdeskPrisma = { user: { findFirst: () => Promise.reject(down) } } as unknown as PrismaClient;
    const claims = newSessionClaims("u-down", 0);
    forgetUserSessionState(claims.sub);
    const { result, checkError } = await withSessionCheck(() => jwt({ ...claims }));
    expect(result).toBeNull();
    expect(checkError).toBe(down);
    // Outside such a scope it is simply no session.
    expect(await jwt({ ...claims })).toBeNull();
  });

  it("a token without session claims is refused before any database read", async () => {
    const findFirst = vi.fn();
    holder.__coverdeskPrisma = { user: { findFirst } } as unknown as PrismaClient;
    const { result, checkError } = await withSessionCheck(() => jwt({ sub: "u1", email: "a@example.com" }));
    expect(result).toBeNull();
    expect(checkError).toBeUndefined();
    expect(findFirst).not.toHaveBeenCalled();
  });
});
