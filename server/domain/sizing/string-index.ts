/**
 * The index of each of a list of distinct strings, looked up by value: an open-addressing hash
 * table in one Int32Array. Used for position ids, where a Map cost ~0.5 µs per insertion
 * (20,000 of them a call: more than the rest of the parsing) and is rebuilt on every call.
 */
export class StringIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** An empty index over `keys`: add() each key's index in turn. */
  constructor(private readonly keys: readonly string[]) {
    let capacity = 16;
    while (capacity < 2 * keys.length) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity).fill(-1);
  }

  /** Makes keys[index] findable; false when an earlier index holds the same key. */
  add(index: number): boolean {
    const key = this.keys[index] ?? "";
    let at = hashOf(key) & this.mask;
    for (let taken = this.slots[at] ?? -1; taken !== -1; taken = this.slots[at] ?? -1) {
      if (this.keys[taken] === key) return false;
      at = (at + 1) & this.mask;
    }
    this.slots[at] = index;
    return true;
  }

  /** The index of `key`, or -1. */
  indexOf(key: string): number {
    let at = hashOf(key) & this.mask;
    for (let index = this.slots[at] ?? -1; index !== -1; index = this.slots[at] ?? -1) {
      if (this.keys[index] === key) return index;
      at = (at + 1) & this.mask;
    }
    return -1;
  }
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}
