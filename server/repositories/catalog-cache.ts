import type { PrismaClient } from "@/server/db/generated/client";

/**
 * The provider catalog changes only when it is re-seeded, yet every catalog page reads and
 * scores all of it. Each app instance keeps what it read for a short while, per database
 * client, so a re-seed shows up within TTL_MS on every instance without any coordination.
 */
const TTL_MS = 30_000;
/** Keys include user-chosen weights: bound the entries so no caller can grow memory at will. */
const MAX_ENTRIES = 500;
const entries = new WeakMap<PrismaClient, Map<string, { at: number; value: Promise<unknown> }>>();

export function cachedCatalogRead<T>(db: PrismaClient, key: string, load: () => Promise<T>): Promise<T> {
  let forDb = entries.get(db);
  if (!forDb) entries.set(db, (forDb = new Map()));
  const hit = forDb.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>;
  if (forDb.size >= MAX_ENTRIES) forDb.clear();
  const value = load();
  forDb.set(key, { at: Date.now(), value });
  value.catch(() => forDb.delete(key)); // a failed read is not kept
  return value;
}
