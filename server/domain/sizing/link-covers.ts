import { Splitter } from "./allocate";
import {
  riskIndexOf,
  SCOPED_CHAINS,
  SCOPED_VENUES,
  type CoverTable,
  type LinkTable,
  type PositionTable,
} from "./model";
import { setPay } from "./pay";
import type { SizingCoverInput, SizingPositionInput } from "./types";

/**
 * Links every cover to its positions (DESIGN §3.2): decides where it applies, allocates its
 * amount pro-rata among those positions and computes what it pays each. Allocation does not
 * depend on the day, so it is done for every cover, counting or not (the timeline needs it).
 * Position ids a cover names twice count once; ids not among the positions are ignored
 * (a link to a deleted or foreign position must not break the whole dashboard).
 *
 * Each cover's positions are resolved while the cover is parsed (add), so the covers' input
 * objects — scattered in memory, 40,000 of them — are read in one pass; then finish().
 */
export class LinkResolver {
  private count = 0;
  private cover: Int32Array;
  private position: Int32Array;
  private riskIndex: Int32Array;
  private readonly coverStart: Int32Array;
  /** The last cover that named each position: a repeated id is seen in O(1), with no Set per cover. */
  private readonly lastCover: Int32Array;

  constructor(
    private readonly positions: PositionTable,
    coverCount: number,
  ) {
    const capacity = 3 * coverCount + 16; // grown when covers name more positions
    this.cover = new Int32Array(capacity);
    this.position = new Int32Array(capacity);
    this.riskIndex = new Int32Array(capacity);
    this.coverStart = new Int32Array(coverCount + 1);
    this.lastCover = new Int32Array(positions.count).fill(-1);
  }

  /** Links cover `cover` (parsed into `covers` up to its scope) to its distinct, known positions. */
  add(cover: number, input: SizingCoverInput, covers: CoverTable): void {
    const { positions, lastCover } = this;
    const typeCode = covers.typeCode[cover] ?? -1;
    const scoped = covers.scoped[cover] ?? 0;
    this.coverStart[cover] = this.count;
    for (const id of input.positionIds) {
      const position = positions.indexById.indexOf(id);
      if (position < 0 || lastCover[position] === cover) continue;
      lastCover[position] = cover;
      if (this.count === this.cover.length) this.grow();
      const inScope = scoped === 0 || isInScope(scoped, input, positions.inputs[position]);
      this.cover[this.count] = cover;
      this.position[this.count] = position;
      this.riskIndex[this.count++] = inScope ? riskIndexOf(positions, position, typeCode, input.coverageType) : -1;
    }
  }

  private grow(): void {
    const grown = (from: Int32Array) => {
      const to = new Int32Array(2 * from.length);
      to.set(from);
      return to;
    };
    this.cover = grown(this.cover);
    this.position = grown(this.position);
    this.riskIndex = grown(this.riskIndex);
  }

  /** The links of all covers, once each has been added, allocated and paid. */
  finish(covers: CoverTable): LinkTable {
    const { count, positions } = this;
    this.coverStart[covers.count] = count;
    const links: LinkTable = {
      count,
      coverStart: this.coverStart,
      cover: this.cover.subarray(0, count),
      position: this.position.subarray(0, count),
      riskIndex: this.riskIndex.subarray(0, count),
      allocCents: new Float64Array(count),
      payWhole: new Float64Array(count),
      payRem: new Float64Array(count),
      payDen: new Float64Array(count),
      positionStart: new Int32Array(positions.count + 1),
      positionLinks: new Int32Array(count),
    };
    indexByPosition(links, positions.count);
    const splitter = new Splitter();
    for (let cover = 0; cover < covers.count; cover++) allocateAndPay(links, cover, covers, positions, splitter);
    return links;
  }
}

/** The cover's venue and chain lists (when given without "*") hold the position's venue and chain. */
function isInScope(scoped: number, cover: SizingCoverInput, position: SizingPositionInput | undefined): boolean {
  if (!position) return false;
  if (scoped & SCOPED_VENUES && !cover.venues?.includes(position.venue)) return false;
  if (scoped & SCOPED_CHAINS && !cover.chains?.includes(position.chain)) return false;
  return true;
}

/** Each position's links in cover order: a counting sort of the links by position. */
function indexByPosition(links: LinkTable, positionCount: number): void {
  const { positionStart, positionLinks } = links;
  for (let at = 0; at < links.count; at++) {
    const next = (links.position[at] ?? 0) + 1;
    positionStart[next] = (positionStart[next] ?? 0) + 1;
  }
  for (let position = 0; position < positionCount; position++) {
    positionStart[position + 1] = (positionStart[position + 1] ?? 0) + (positionStart[position] ?? 0);
  }
  const filled = positionStart.slice(0, positionCount);
  for (let at = 0; at < links.count; at++) {
    const position = links.position[at] ?? 0;
    positionLinks[filled[position] ?? 0] = at;
    filled[position] = (filled[position] ?? 0) + 1;
  }
}

/**
 * alloc(c, p) = A · E(p) / Σ E(q) over the positions it applies to, in cents by largest
 * remainder; ties go to the larger exposure, then to the smaller position id.
 */
function allocateAndPay(
  links: LinkTable,
  cover: number,
  covers: CoverTable,
  positions: PositionTable,
  splitter: Splitter,
): void {
  const first = links.coverStart[cover] ?? 0;
  const end = links.coverStart[cover + 1] ?? 0;
  const amount = covers.amountCents[cover] ?? 0;
  let applying = 0;
  for (let at = first; at < end; at++) if ((links.riskIndex[at] ?? -1) >= 0) applying++;
  if (applying === 0) return;
  if (applying === 1) {
    for (let at = first; at < end; at++) if ((links.riskIndex[at] ?? -1) >= 0) links.allocCents[at] = amount;
  } else {
    splitter.reserve(applying);
    let next = 0;
    for (let at = first; at < end; at++) {
      if ((links.riskIndex[at] ?? -1) < 0) continue;
      const position = links.position[at] ?? 0;
      splitter.weights[next] = positions.valueCents[position] ?? 0;
      splitter.keys[next++] = positions.ids[position] ?? "";
    }
    splitter.split(amount, applying);
    next = 0;
    for (let at = first; at < end; at++) {
      if ((links.riskIndex[at] ?? -1) >= 0) links.allocCents[at] = splitter.parts[next++] ?? 0;
    }
  }
  for (let at = first; at < end; at++) {
    if ((links.riskIndex[at] ?? -1) < 0) continue;
    setPay(links, at, covers, cover, positions.valueCents[links.position[at] ?? 0] ?? 0);
  }
}
