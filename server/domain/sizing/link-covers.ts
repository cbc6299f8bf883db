import { allocateLargestRemainder } from "./allocate";
import type { CoverLink, CoverModel, PositionModel } from "./model";
import { payFor } from "./pay";

/**
 * Links every cover to its positions (DESIGN §3.2): decides where it applies, allocates its
 * amount pro-rata among those positions and computes what it pays each. Allocation does not
 * depend on the day, so it is done for every cover, counting or not (the timeline needs it).
 * Position ids a cover names twice count once; ids not among the positions are ignored
 * (a link to a deleted or foreign position must not break the whole dashboard).
 * Fills each position's `links` (in cover input order) and returns every link, in cover order.
 */
export function linkCovers(
  covers: readonly CoverModel[],
  positions: readonly PositionModel[],
  byId: ReadonlyMap<string, PositionModel>,
): CoverLink[] {
  const { linked, firstOfCover } = resolvePositions(covers, byId);
  presizeLinkLists(positions, linked);
  const filled = new Int32Array(positions.length);
  const links = new Array<CoverLink>(linked.length);
  covers.forEach((cover, coverIndex) => {
    const first = firstOfCover[coverIndex] ?? 0;
    const end = firstOfCover[coverIndex + 1] ?? first;
    let applying = 0;
    for (let at = first; at < end; at++) {
      const position = linked[at] as PositionModel;
      const riskIndex = appliesAt(cover, position);
      const link: CoverLink = { cover, position, riskIndex, counts: cover.counts, allocCents: 0, pay: 0 };
      const slot = filled[position.index] ?? 0;
      position.links[slot] = link;
      filled[position.index] = slot + 1;
      links[at] = link;
      if (link.riskIndex >= 0) applying++;
    }
    if (applying > 0) allocateAndPay(cover, links, first, end, applying);
  });
  return links;
}

/**
 * Each cover's distinct, known positions, flat: those of cover i are
 * linked[firstOfCover[i] .. firstOfCover[i + 1]).
 */
function resolvePositions(
  covers: readonly CoverModel[],
  byId: ReadonlyMap<string, PositionModel>,
): { linked: PositionModel[]; firstOfCover: Int32Array } {
  let named = 0;
  for (const cover of covers) named += cover.positionIds.length;
  const found = new Array<PositionModel>(named); // at most one per id named; trimmed below
  const firstOfCover = new Int32Array(covers.length + 1);
  let count = 0;
  covers.forEach((cover, coverIndex) => {
    const first = count;
    firstOfCover[coverIndex] = first;
    // a cover names 1–3 positions as a rule: there a scan beats a Set
    const seen = cover.positionIds.length > 16 ? new Set<PositionModel>() : null;
    for (const id of cover.positionIds) {
      const position = byId.get(id);
      if (!position || (seen ? seen.has(position) : isAmong(found, first, count, position))) continue;
      seen?.add(position);
      found[count++] = position;
    }
  });
  firstOfCover[covers.length] = count;
  found.length = count;
  return { linked: found, firstOfCover };
}

function isAmong(found: readonly PositionModel[], first: number, end: number, position: PositionModel): boolean {
  for (let at = first; at < end; at++) if (found[at] === position) return true;
  return false;
}

/** Exact-size link lists: a list grown by push holds room for 17 links (~2.5x the memory). */
function presizeLinkLists(positions: readonly PositionModel[], linked: readonly PositionModel[]): void {
  const counts = new Int32Array(positions.length);
  for (const position of linked) counts[position.index] = (counts[position.index] ?? 0) + 1;
  for (const position of positions) position.links = new Array<CoverLink>(counts[position.index] ?? 0);
}

/** The cover's type among the position's risks, with its scope matching venue and chain; -1 if not. */
function appliesAt(cover: CoverModel, position: PositionModel): number {
  if (cover.venues && !cover.venues.has(position.venue)) return -1;
  if (cover.chains && !cover.chains.has(position.chain)) return -1;
  return position.risks.indexOf(cover.coverageType);
}

/**
 * alloc(c, p) = A · E(p) / Σ E(q) over the positions it applies to, in cents by largest
 * remainder; ties go to the larger exposure, then to the smaller position id.
 */
function allocateAndPay(
  cover: CoverModel,
  links: readonly CoverLink[],
  first: number,
  end: number,
  applying: number,
): void {
  if (applying === 1) {
    for (let at = first; at < end; at++) {
      const link = links[at] as CoverLink;
      if (link.riskIndex >= 0) setAllocation(cover, link, cover.amountCents);
    }
    return;
  }
  const exposures = new Array<number>(applying);
  const ids = new Array<string>(applying);
  let next = 0;
  for (let at = first; at < end; at++) {
    const link = links[at] as CoverLink;
    if (link.riskIndex < 0) continue;
    exposures[next] = link.position.valueCents;
    ids[next++] = link.position.id;
  }
  const allocations = allocateLargestRemainder(cover.amountCents, exposures, ids);
  next = 0;
  for (let at = first; at < end; at++) {
    const link = links[at] as CoverLink;
    if (link.riskIndex >= 0) setAllocation(cover, link, allocations[next++] ?? 0);
  }
}

function setAllocation(cover: CoverModel, link: CoverLink, allocCents: number): void {
  link.allocCents = allocCents;
  link.pay = payFor(cover.deductible, allocCents, link.position.valueCents, cover.amountCents);
}
