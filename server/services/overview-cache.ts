import { LRUCache } from "lru-cache";
import type { OverviewBase } from "@/server/domain/overview/build-overview";

/**
 * The overview's sizing-derived part per user, portfolio and day, with the fingerprint it was
 * computed from (server/repositories/portfolio-fingerprint.ts). Correct across app instances: an
 * entry is used only while the database's fingerprint still matches. An entry of a thousand-position
 * portfolio is well under a megabyte; 64 of them bound the memory.
 */
const cache = new LRUCache<string, { fingerprint: string; base: OverviewBase }>({ max: 64 });

/**
 * Sizings under way, by key and fingerprint: twenty tabs opening a changed thousand-position
 * portfolio at once share one sizing instead of running twenty on two cores.
 */
const inFlight = new Map<string, Promise<OverviewBase>>();

export const overviewCacheKey = (userId: string, portfolioId: string, asOf: string) => `${userId}:${portfolioId}:${asOf}`;

/** The cached base for this fingerprint, else the one being computed, else `compute()`'s, remembered. */
export function overviewBaseFor(key: string, fingerprint: string, compute: () => Promise<OverviewBase>): Promise<OverviewBase> {
  const hit = cache.get(key);
  if (hit?.fingerprint === fingerprint) return Promise.resolve(hit.base);
  const flightKey = `${key}|${fingerprint}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const started = compute()
    .then((base) => {
      cache.set(key, { fingerprint, base });
      return base;
    })
    .finally(() => inFlight.delete(flightKey));
  inFlight.set(flightKey, started);
  return started;
}
