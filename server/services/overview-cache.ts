import { LRUCache } from "lru-cache";
import type { OverviewBase } from "@/server/domain/overview/build-overview";

/**
 * The overview's sizing-derived part per user, portfolio and day, with the fingerprint it was
 * computed from (server/repositories/portfolio-fingerprint.ts). Correct across app instances: an
 * entry is used only while the database's fingerprint still matches. An entry of a thousand-position
 * portfolio is well under a megabyte; 64 of them bound the memory.
 */
const cache = new LRUCache<string, { fingerprint: string; base: OverviewBase }>({ max: 64 });

export const overviewCacheKey = (userId: string, portfolioId: string, asOf: string) => `${userId}:${portfolioId}:${asOf}`;

export function cachedOverviewBase(key: string, fingerprint: string): OverviewBase | undefined {
  const hit = cache.get(key);
  return hit?.fingerprint === fingerprint ? hit.base : undefined;
}

export function rememberOverviewBase(key: string, fingerprint: string, base: OverviewBase): void {
  cache.set(key, { fingerprint, base });
}
