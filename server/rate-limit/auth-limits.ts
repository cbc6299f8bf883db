import { Redis } from "ioredis";
import { logger } from "@/server/observability/logger";
import { FallbackRateLimitStore } from "./fallback-store";
import { MemoryRateLimitStore } from "./memory-store";
import { RedisRateLimitStore } from "./redis-store";
import type { RateLimitResult, RateLimitStore } from "./types";

type Rule = { limit: number; windowSec: number };

// Generous enough for a person who mistypes, tight enough to stop guessing and mass sign-ups.
// AUTH_RATE_LIMIT_SCALE multiplies every limit (e.g. for end-to-end test runs from one IP).
const scale = Math.max(1, Number(process.env.AUTH_RATE_LIMIT_SCALE) || 1);
export const AUTH_RULES = {
  signInPerEmail: { limit: 10 * scale, windowSec: 15 * 60 },
  signInPerIp: { limit: 50 * scale, windowSec: 15 * 60 },
  signUpPerEmail: { limit: 5 * scale, windowSec: 60 * 60 },
  signUpPerIp: { limit: 20 * scale, windowSec: 60 * 60 },
} satisfies Record<string, Rule>;

const holder = globalThis as typeof globalThis & { __coverdeskRateLimitStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  if (holder.__coverdeskRateLimitStore) return holder.__coverdeskRateLimitStore;
  const url = process.env.REDIS_URL;
  // If Redis fails, a hit is counted per instance rather than failing the sign-in with a 500.
  holder.__coverdeskRateLimitStore = url
    ? new FallbackRateLimitStore(new RedisRateLimitStore(connectRedis(url)), new MemoryRateLimitStore())
    : new MemoryRateLimitStore();
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

/**
 * Counts one attempt against every rule; the most restrictive verdict wins. The per-IP rule
 * needs a known IP; the per-email rule always applies (see `emailRuleKey`).
 */
export async function checkAuthAttempt(
  store: RateLimitStore, kind: "signIn" | "signUp", ip: string | undefined, email: string | undefined,
): Promise<RateLimitResult> {
  const checks: Promise<RateLimitResult>[] = [];
  const rules = kind === "signIn"
    ? { ip: AUTH_RULES.signInPerIp, email: AUTH_RULES.signInPerEmail }
    : { ip: AUTH_RULES.signUpPerIp, email: AUTH_RULES.signUpPerEmail };
  if (ip) checks.push(store.hit(`${kind}:ip:${ip}`, rules.ip.limit, rules.ip.windowSec));
  checks.push(store.hit(emailRuleKey(kind, email), rules.email.limit, rules.email.windowSec));
  const results = await Promise.all(checks);
  const denied = results.filter((r) => !r.allowed);
  if (denied.length === 0) return { allowed: true, remaining: Math.min(...results.map((r) => r.remaining), Infinity), retryAfterSec: 0 };
  return { allowed: false, remaining: 0, retryAfterSec: Math.max(...denied.map((r) => r.retryAfterSec)) };
}
