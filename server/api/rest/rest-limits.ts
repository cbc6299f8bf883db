/**
 * DESIGN §14/§16: the REST API's limits. Per token, so one runaway script slows only itself; per
 * IP, so a flood of made-up tokens costs at most this many lookups; and failed tokens per IP, so
 * guessing gets a 429 long before it gets anywhere (a 256-bit token cannot be guessed anyway).
 * API_RATE_LIMIT_SCALE multiplies them (load tests from one address).
 */
const scale = Math.max(1, Number(process.env.API_RATE_LIMIT_SCALE) || 1);

export const REST_RULES = {
  perToken: { limit: 600 * scale, windowSec: 60 },
  perIp: { limit: 1200 * scale, windowSec: 60 },
  failuresPerIp: { limit: 30 * scale, windowSec: 15 * 60 },
} as const;

export const restRuleKeys = {
  perToken: (tokenId: string) => `api:token:${tokenId}`,
  perIp: (ip: string | undefined) => `api:ip:${ip ?? "unknown"}`,
  failuresPerIp: (ip: string | undefined) => `api:fail:${ip ?? "unknown"}`,
};
