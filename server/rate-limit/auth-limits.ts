import { Redis } from "ioredis";
import { logger } from "@/server/observability/logger";
import { FallbackRateLimitStore } from "./fallback-store";
import { MemoryRateLimitStore } from "./memory-store";
import { RedisRateLimitStore } from "./redis-store";
import type { RateLimitResult, RateLimitStore } from "./types";

type Rule = { limit: number; windowSec: number };

// Generous enough for a person who mistypes, tight enough to stop guessing and mass sign-ups.
// Failed sign-ins count per (email, IP) first, so one address can lock an account only for
// itself; the per-email rule is a backstop ten addresses would have to share to lock it out.
// AUTH_RATE_LIMIT_SCALE multiplies every limit (e.g. for end-to-end test runs from one IP).
const scale = Math.max(1, Number(process.env.AUTH_RATE_LIMIT_SCALE) || 1);
export const AUTH_RULES = {
  signInPerEmailAndIp: { limit: 10 * scale, windowSec: 15 * 60 },
  signInPerEmail: { limit: 100 * scale, windowSec: 15 * 60 },
  signInPerIp: { limit: 50 * scale, windowSec: 15 * 60 },
  signUpPerEmail: { limit: 5 * scale, windowSec: 60 * 60 },
  signUpPerIp: { limit: 20 * scale, windowSec: 60 * 60 },
} satisfies Record<string, Rule>;

/** RATE_LIMIT_MEMORY_MAX_KEYS bounds the in-memory store (default 100,000 counting windows). */
const memoryMaxKeys = Number(process.env.RATE_LIMIT_MEMORY_MAX_KEYS) > 0 ? Number(process.env.RATE_LIMIT_MEMORY_MAX_KEYS) : 100_000;
const newMemoryStore = () => new MemoryRateLimitStore(Date.now, memoryMaxKeys);

const holder = globalThis as typeof globalThis & { __coverdeskRateLimitStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  if (holder.__coverdeskRateLimitStore) return holder.__coverdeskRateLimitStore;
  const url = process.env.REDIS_URL;
  // If Redis fails, a hit is counted per instance rather than failing the sign-in with a 500.
  holder.__coverdeskRateLimitStore = url
    ? new FallbackRateLimitStore(new RedisRateLimitStore(connectRedis(url)), newMemoryStore())
    : newMemoryStore();
  return holder.__coverdeskRateLimitStore;
}

function connectRedis(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // ioredis reports every failed reconnect as an "error" event; log it, at most once a minute.
  let lastLogged = 0;
  redis.on("error", (error: Error) => {
    if (Date.now() - lastLogged < 60_000) return;
    lastLogged = Date.now();
    logger.warn({ err: error.message }, "rate limit Redis connection error");
  });
  return redis;
}

/**
 * The per-email key. An attempt whose email could not be read still counts, against one shared
 * "unknown" key, so an unreadable or missing email never skips the per-email rule.
 */
export function emailRuleKey(kind: "signIn" | "signUp", email: string | undefined): string {
  const normalized = email?.trim().toLowerCase();
  return normalized ? `${kind}:email:${normalized}` : `${kind}:email-unknown`;
}

/** The per-IP key; a request whose IP is unknown shares one bucket, so it never skips the rule. */
export function ipRuleKey(kind: "signIn" | "signUp", ip: string | undefined): string {
  return `${kind}:ip:${ip ?? "unknown"}`;
}

function combine(results: RateLimitResult[]): RateLimitResult {
  const denied = results.filter((r) => !r.allowed);
  if (denied.length === 0) return { allowed: true, remaining: Math.min(...results.map((r) => r.remaining)), retryAfterSec: 0 };
  return { allowed: false, remaining: 0, retryAfterSec: Math.max(...denied.map((r) => r.retryAfterSec)) };
}

/**
 * Counts one attempt against every rule; the most restrictive verdict wins. Sign-in counts per
 * IP, per (email, IP) and per email; sign-up per IP and per email. An address over its limit
 * is refused before any per-email key is touched, so a flood from it adds nothing to the store.
 */
export async function checkAuthAttempt(
  store: RateLimitStore, kind: "signIn" | "signUp", ip: string | undefined, email: string | undefined,
): Promise<RateLimitResult> {
  const ipRule = kind === "signIn" ? AUTH_RULES.signInPerIp : AUTH_RULES.signUpPerIp;
  const byIp = await store.hit(ipRuleKey(kind, ip), ipRule.limit, ipRule.windowSec);
  if (!byIp.allowed) return byIp;
  const emailKey = emailRuleKey(kind, email);
  const hits = kind === "signIn"
    ? [
        store.hit(`${emailKey}:ip:${ip ?? "unknown"}`, AUTH_RULES.signInPerEmailAndIp.limit, AUTH_RULES.signInPerEmailAndIp.windowSec),
        store.hit(emailKey, AUTH_RULES.signInPerEmail.limit, AUTH_RULES.signInPerEmail.windowSec),
      ]
    : [store.hit(emailKey, AUTH_RULES.signUpPerEmail.limit, AUTH_RULES.signUpPerEmail.windowSec)];
  return combine([byIp, ...(await Promise.all(hits))]);
}

/**
 * A sign-in refused before any password work (no valid CSRF token): it costs the server nothing,
 * so it counts against the IP only — a flood of them with made-up emails neither fills the
 * per-email table nor locks anyone out.
 */
export async function checkCheapSignInAttempt(store: RateLimitStore, ip: string | undefined): Promise<RateLimitResult> {
  return store.hit(ipRuleKey("signIn", ip), AUTH_RULES.signInPerIp.limit, AUTH_RULES.signInPerIp.windowSec);
}
