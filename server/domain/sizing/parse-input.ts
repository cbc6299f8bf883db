import { MAX_CENTS, parseCents, parseSmallRatio } from "./cents";
import { parseDay } from "./days";
import {
  PROVIDER_UNKNOWN,
  type CoverModel,
  type DeductibleTerms,
  type PositionModel,
  type ResolvedSettings,
} from "./model";
import { positionRisks } from "./risks";
import type { Deductible, SizingCoverInput, SizingPositionInput, SizingSettings } from "./types";

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

export type ParsedPositions = { readonly list: PositionModel[]; readonly byId: ReadonlyMap<string, PositionModel> };

export function parsePositions(inputs: readonly SizingPositionInput[]): ParsedPositions {
  const byId = new Map<string, PositionModel>();
  const list: PositionModel[] = [];
  let totalCents = 0;
  for (const input of inputs) {
    if (byId.has(input.id)) throw new RangeError(`position id repeated: "${input.id}"`);
    let position: PositionModel;
    try {
      position = parsePosition(input, list.length);
    } catch (error) {
      throw inContext(`position "${input.id}"`, error);
    }
    totalCents += position.valueCents;
    byId.set(input.id, position);
    list.push(position);
  }
  assertSafeTotal(totalCents, "position values");
  return { list, byId };
}

function parsePosition(input: SizingPositionInput, index: number): PositionModel {
  return {
    index,
    id: input.id,
    valueCents: parseCents(input.valueUsd, "valueUsd"),
    venueKind: input.venueKind,
    venue: input.venue,
    chain: input.chain,
    risks: positionRisks(input),
    links: [],
  };
}

/**
 * Cover ids are database ids, unique by construction; a repeated one is not checked (that
 * would cost a Set of 20,000 ids per call) and would only be sized as two covers.
 */
export function parseCovers(inputs: readonly SizingCoverInput[], asOfDay: number): CoverModel[] {
  let totalCents = 0;
  const covers = inputs.map((input, index) => {
    let cover: CoverModel;
    try {
      cover = parseCover(input, index, asOfDay);
    } catch (error) {
      throw inContext(`cover "${input.id}"`, error);
    }
    totalCents += cover.amountCents;
    return cover;
  });
  assertSafeTotal(totalCents, "cover amounts");
  return covers;
}

function parseCover(input: SizingCoverInput, index: number, asOfDay: number): CoverModel {
  const startDay = parseDay(input.startsAt, "startsAt");
  const endDay = parseDay(input.expiresAt, "expiresAt");
  return {
    index,
    id: input.id,
    providerKey: input.providerSlug || PROVIDER_UNKNOWN,
    coverageType: input.coverageType,
    amountCents: parseCents(input.amountUsd, "amountUsd"),
    deductible: parseDeductible(input.deductible),
    startDay,
    endDay,
    claimWindowDays: wholeDays(input.claimWindowDays ?? 0, "claimWindowDays"),
    counts: startDay <= asOfDay && asOfDay < endDay,
    venues: scopeSet(input.venues),
    chains: scopeSet(input.chains),
    positionIds: input.positionIds,
  };
}

/** Every sum of cents stays an exact number when the grand totals do. */
function assertSafeTotal(totalCents: number, what: string): void {
  if (totalCents > MAX_CENTS) throw new RangeError(`${what} add up to more than sizing supports ($90 trillion)`);
}

/**
 * Absent, or containing "*" → null (matches anything). A given empty list matches nothing
 * (the position gets scope_mismatch). The database stores "no override" as [], which the
 * summary mapping turns into absent before it gets here.
 */
function scopeSet(values: readonly string[] | undefined): ReadonlySet<string> | null {
  if (!values || values.includes("*")) return null;
  return new Set(values);
}

function parseDeductible(deductible: Deductible | undefined): DeductibleTerms {
  if (!deductible) return NO_DEDUCTIBLE;
  if (deductible.kind === "fixed_usd") return { kind: "fixed_usd", cents: parseCents(deductible.value, "deductible") };
  const pct = parseSmallRatio(deductible.value, "deductible");
  if (pct.num > 100 * pct.den) throw new RangeError(`deductible must be a percentage 0–100: "${deductible.value}"`);
  return { kind: deductible.kind, pct };
}

const NO_DEDUCTIBLE: DeductibleTerms = { kind: "none" };

/** The error of a field, saying whose field it was (the message is only built on failure). */
function inContext(context: string, error: unknown): RangeError {
  return new RangeError(`${context}: ${error instanceof Error ? error.message : String(error)}`);
}
