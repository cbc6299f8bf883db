import { Redis } from "ioredis";
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
  holder.__coverdeskRateLimitStore = url
    ? new RedisRateLimitStore(new Redis(url, { maxRetriesPerRequest: 2, enableOfflineQueue: true }))
    : new MemoryRateLimitStore();
  return holder.__coverdeskRateLimitStore;
}

/** Counts one attempt against every rule; the most restrictive verdict wins. */
export async function checkAuthAttempt(
  store: RateLimitStore, kind: "signIn" | "signUp", ip: string | undefined, email: string | undefined,
): Promise<RateLimitResult> {
  const checks: Promise<RateLimitResult>[] = [];
  const rules = kind === "signIn"
    ? { ip: AUTH_RULES.signInPerIp, email: AUTH_RULES.signInPerEmail }
    : { ip: AUTH_RULES.signUpPerIp, email: AUTH_RULES.signUpPerEmail };
  if (ip) checks.push(store.hit(`${kind}:ip:${ip}`, rules.ip.limit, rules.ip.windowSec));
  if (email) checks.push(store.hit(`${kind}:email:${email.trim().toLowerCase()}`, rules.email.limit, rules.email.windowSec));
  const results = await Promise.all(checks);
  const denied = results.filter((r) => !r.allowed);
  if (denied.length === 0) return { allowed: true, remaining: Math.min(...results.map((r) => r.remaining), Infinity), retryAfterSec: 0 };
  return { allowed: false, remaining: 0, retryAfterSec: Math.max(...denied.map((r) => r.retryAfterSec)) };
}
