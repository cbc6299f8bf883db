/**
 * A small per-instance cache of session state (DESIGN §16): an entry is reused for at most
 * `ttlMs` after its load started, the oldest entries are evicted first when it is full, and
 * concurrent readers of a missing key share one load. `invalidate` forgets a key at once; a
 * load already in flight then finishes for its own callers but is not kept.
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: Promise<V>; loadedAt: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;
  readonly #now: () => number;

  constructor(options: { ttlMs: number; maxEntries: number; now?: () => number }) {
    this.#ttlMs = options.ttlMs;
    this.#maxEntries = Math.max(1, options.maxEntries);
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  getOrLoad(key: string, load: () => Promise<V>): Promise<V> {
    const now = this.#now();
    const cached = this.#entries.get(key);
    if (cached && now - cached.loadedAt < this.#ttlMs) return cached.value;
    if (cached) this.#entries.delete(key);
    const entry = { value: load(), loadedAt: now };
    this.#entries.set(key, entry);
    // A failed load is not remembered: the next reader tries again.
    entry.value.catch(() => {
      if (this.#entries.get(key) === entry) this.#entries.delete(key);
    });
    while (this.#entries.size > this.#maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return entry.value;
  }

  invalidate(key: string): void {
    this.#entries.delete(key);
  }
}
