import { MAX_CENTS, parseCents, parseSmallRatio, parseSmallRatioInto, type RatioOut } from "./cents";
import { parseDay } from "./days";
import {
  DEDUCTIBLE_FIXED_USD,
  DEDUCTIBLE_NONE,
  DEDUCTIBLE_PCT_OF_COVER,
  DEDUCTIBLE_PCT_OF_LOSS,
  PROVIDER_UNKNOWN,
  RISK_CODE_COUNT,
  RISK_ROW,
  SCOPED_CHAINS,
  SCOPED_VENUES,
  type CoverTable,
  type PositionTable,
  type ResolvedSettings,
} from "./model";
import type { LinkResolver } from "./link-covers";
import { positionRisks, riskCodeOf } from "./risks";
import { StringIndex } from "./string-index";
import type { RiskType, SizingCoverInput, SizingPositionInput, SizingSettings } from "./types";

/**
 * Turns the input into the internal model. Input that would break the invariants
 * (negative money, a percentage above 100, an impossible date, a repeated position id, position
 * values or cover amounts adding up to more than MAX_CENTS) throws a RangeError: the caller
 * validates user input long before this, so this is a programming error.
 */

export const DEFAULT_SETTINGS = {
  targetRatio: 0.8,
  expiringDays: 30,
  minUninsuredUsd: "1000",
  timelineDays: 365,
} as const;

export function resolveSettings(settings: SizingSettings | undefined): ResolvedSettings {
  return {
    targetRatio: parseSmallRatio(settings?.targetRatio ?? DEFAULT_SETTINGS.targetRatio, "targetRatio"),
    expiringDays: wholeDays(settings?.expiringDays ?? DEFAULT_SETTINGS.expiringDays, "expiringDays"),
    minUninsuredCents: parseCents(settings?.minUninsuredUsd ?? DEFAULT_SETTINGS.minUninsuredUsd, "minUninsuredUsd"),
    timelineDays: wholeDays(settings?.timelineDays ?? DEFAULT_SETTINGS.timelineDays, "timelineDays"),
  };
}

function wholeDays(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0: ${value}`);
  return value;
}

/**
 * The lists as large as the input (ids, risks) are made by map(): a `new Array(n)` of more
 * than ~16,000 slots starts empty and grows by copies as it is filled.
 */
export function parsePositions(inputs: readonly SizingPositionInput[]): PositionTable {
  const count = inputs.length;
  const valueCents = new Float64Array(count);
  const ids = inputs.map(idOf);
  const indexById = new StringIndex(ids);
  const riskRows = new Int8Array(count * RISK_ROW).fill(-1);
  const risks = inputs.map((input, index) => {
    if (!indexById.add(index)) throw new RangeError(`position id repeated: "${input.id}"`);
    let positionRiskList: readonly RiskType[];
    try {
      valueCents[index] = parseCents(input.valueUsd, "valueUsd");
      positionRiskList = positionRisks(input);
    } catch (error) {
      throw inContext(`position "${input.id}"`, error);
    }
    const row = index * RISK_ROW;
    riskRows[row + RISK_CODE_COUNT] = Math.min(positionRiskList.length, 127);
    const coded = Math.min(positionRiskList.length, RISK_CODE_COUNT);
    for (let riskIndex = 0; riskIndex < coded; riskIndex++) {
      riskRows[row + riskIndex] = riskCodeOf(positionRiskList[riskIndex] as RiskType);
    }
    return positionRiskList;
  });
  assertSafeTotal(sumOf(valueCents), "position values");
  return { count, inputs, ids, indexById, valueCents, risks, riskRows };
}

function idOf({ id }: { readonly id: string }): string {
  return id;
}

/**
 * Cover ids are database ids, unique by construction; a repeated one is not checked (that
 * would cost a Set of 20,000 ids per call) and would only be sized as two covers.
 */
export function parseCovers(inputs: readonly SizingCoverInput[], asOfDay: number, links: LinkResolver): CoverTable {
  const count = inputs.length;
  const columns = {
    count,
    inputs,
    typeCode: new Int8Array(count),
    amountCents: new Float64Array(count),
    dedKind: new Uint8Array(count),
    dedNum: new Float64Array(count),
    dedDen: new Float64Array(count),
    startDay: new Int32Array(count),
    endDay: new Int32Array(count),
    claimWindowDays: new Float64Array(count),
    counts: new Uint8Array(count),
    scoped: new Uint8Array(count),
    provider: new Int32Array(count),
    providerKeys: [] as string[],
  };
  const table: CoverTable = { ...columns, ids: [] };
  const providerIndex = new Map<string, number>();
  const pct: RatioOut = { num: 0, den: 1 };
  const ids = inputs.map((input, index) => {
    try {
      parseCover(table, index, input, asOfDay, pct);
    } catch (error) {
      throw inContext(`cover "${input.id}"`, error);
    }
    table.provider[index] = providerOf(input.providerSlug || PROVIDER_UNKNOWN, providerIndex, table.providerKeys);
    links.add(index, input, table);
    return input.id;
  });
  assertSafeTotal(sumOf(table.amountCents), "cover amounts");
  return { ...columns, ids };
}

function parseCover(table: CoverTable, index: number, input: SizingCoverInput, asOfDay: number, pct: RatioOut): void {
  const startDay = parseDay(input.startsAt, "startsAt");
  const endDay = parseDay(input.expiresAt, "expiresAt");
  table.typeCode[index] = riskCodeOf(input.coverageType);
  table.amountCents[index] = parseCents(input.amountUsd, "amountUsd");
  parseDeductible(table, index, input, pct);
  table.startDay[index] = startDay;
  table.endDay[index] = endDay;
  table.claimWindowDays[index] = wholeDays(input.claimWindowDays ?? 0, "claimWindowDays");
  table.counts[index] = startDay <= asOfDay && asOfDay < endDay ? 1 : 0;
  table.scoped[index] = (isScoped(input.venues) ? SCOPED_VENUES : 0) | (isScoped(input.chains) ? SCOPED_CHAINS : 0);
}

function providerOf(key: string, providerIndex: Map<string, number>, keys: readonly string[]): number {
  let index = providerIndex.get(key);
  if (index === undefined) {
    index = keys.length;
    (keys as string[]).push(key);
    providerIndex.set(key, index);
  }
  return index;
}

/** Summed after the parsing loop: a running total in the loop's closure would box each sum (a HeapNumber). */
function sumOf(cents: Float64Array): number {
  let total = 0;
  for (let index = 0; index < cents.length; index++) total += cents[index] ?? 0;
  return total;
}

/** Every sum of cents stays an exact number when the grand totals do. */
function assertSafeTotal(totalCents: number, what: string): void {
  if (totalCents > MAX_CENTS) throw new RangeError(`${what} add up to more than sizing supports ($90 trillion)`);
}

/**
 * Absent, or containing "*" → not scoped (matches anything). A given empty list matches nothing
 * (the position gets scope_mismatch). The database stores "no override" as [], which the
 * summary mapping turns into absent before it gets here.
 */
function isScoped(values: readonly string[] | undefined): boolean {
  return values !== undefined && !values.includes("*");
}

/** `pct` is scratch, so a percentage makes no object. */
function parseDeductible(table: CoverTable, index: number, { deductible }: SizingCoverInput, pct: RatioOut): void {
  if (!deductible) {
    table.dedKind[index] = DEDUCTIBLE_NONE;
    return;
  }
  if (deductible.kind === "fixed_usd") {
    table.dedKind[index] = DEDUCTIBLE_FIXED_USD;
    table.dedNum[index] = parseCents(deductible.value, "deductible");
    return;
  }
  parseSmallRatioInto(deductible.value, "deductible", pct);
  if (pct.num > 100 * pct.den) throw new RangeError(`deductible must be a percentage 0–100: "${deductible.value}"`);
  table.dedKind[index] = deductible.kind === "pct_of_loss" ? DEDUCTIBLE_PCT_OF_LOSS : DEDUCTIBLE_PCT_OF_COVER;
  table.dedNum[index] = pct.num;
  table.dedDen[index] = pct.den;
}

/** The error of a field, saying whose field it was (the message is only built on failure). */
function inContext(context: string, error: unknown): RangeError {
  return new RangeError(`${context}: ${error instanceof Error ? error.message : String(error)}`);
}
