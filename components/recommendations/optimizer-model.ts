/**
 * The optimizer form's run options beside budget and probabilities: mode, the tail mode's simulated
 * years and seed, and the value guard for this run. Same bounds as ZOptimizeBudgetInput /
 * ZMaxLoading, with messages that name the field they sit beside.
 */

export type OptimizerMode = "expected" | "tail";

export const SCENARIOS = { min: 100, max: 20_000, default: 2_000 } as const;
export const SEED = { min: 0, max: 2 ** 31 - 1, default: 1 } as const;
export const MAX_LOADING = { min: 1, max: 20, step: 0.5 } as const;

const grouped = (n: number) => n.toLocaleString("en-US");

const WHOLE = /^\d+$/;
/** Up to two decimals: the guard is a multiple like 3 or 2.5. */
const MULTIPLE = /^\d{1,2}(\.\d{1,2})?$/;

/** "2,000" is how people write it; the wire takes an integer. */
function parseWhole(raw: string): number | null {
  const v = raw.trim().replace(/[,\s_]/g, "");
  return WHOLE.test(v) ? Number(v) : null;
}

export function scenariosError(raw: string): string | null {
  const n = parseWhole(raw);
  if (raw.trim() === "") return "Simulated years: enter how many, e.g. 2,000";
  if (n === null || n < SCENARIOS.min || n > SCENARIOS.max) {
    return `Simulated years: a whole number from ${grouped(SCENARIOS.min)} to ${grouped(SCENARIOS.max)}`;
  }
  return null;
}

export function seedError(raw: string): string | null {
  const n = parseWhole(raw);
  if (raw.trim() === "") return "Seed: enter a whole number, e.g. 1";
  if (n === null || n < SEED.min || n > SEED.max) return `Seed: a whole number from ${SEED.min} to ${grouped(SEED.max)}`;
  return null;
}

/** The value guard as typed ("3", "2.5", "4×"); null when it is not a number in range. */
export function parseMaxLoading(raw: string): number | null {
  const v = raw.trim().replace(/\s*[×x]$/i, "");
  if (!MULTIPLE.test(v)) return null;
  const n = Number(v);
  return n >= MAX_LOADING.min && n <= MAX_LOADING.max ? n : null;
}

export function maxLoadingError(raw: string): string | null {
  if (raw.trim() === "") return "Value guard: enter a multiple from 1 to 20, e.g. 3";
  return parseMaxLoading(raw) === null ? "Value guard: a number from 1 to 20 (up to 2 decimals), e.g. 3 or 2.5" : null;
}

/** 3 → "3", 2.5 → "2.5": the guard as the field shows it. */
export function loadingText(n: number): string {
  return String(Number(n.toFixed(2)));
}

export type RunOptionsDraft = { mode: OptimizerMode; scenarios: string; seed: string; maxLoading: string };

export type RunOptionErrors = Partial<Record<"scenarios" | "seed" | "maxLoading", string>>;

export function runOptionsDraft(savedMaxLoading: number): RunOptionsDraft {
  return { mode: "expected", scenarios: String(SCENARIOS.default), seed: String(SEED.default), maxLoading: loadingText(savedMaxLoading) };
}

/** Scenarios and seed only count in tail mode; the guard in both. */
export function runOptionErrors(d: RunOptionsDraft): RunOptionErrors {
  const out: RunOptionErrors = {};
  const loading = maxLoadingError(d.maxLoading);
  if (loading) out.maxLoading = loading;
  if (d.mode === "tail") {
    const s = scenariosError(d.scenarios);
    if (s) out.scenarios = s;
    const seed = seedError(d.seed);
    if (seed) out.seed = seed;
  }
  return out;
}

export type RunOptionsInput = { mode: OptimizerMode; scenarios?: number; seed?: number; maxLoading?: number };

/**
 * What the run sends: the guard only when it differs from the saved one (the server uses the saved
 * value otherwise), scenarios and seed only in tail mode. Call on a draft without errors.
 */
export function toRunOptions(d: RunOptionsDraft, savedMaxLoading: number): RunOptionsInput {
  const loading = parseMaxLoading(d.maxLoading);
  const out: RunOptionsInput = { mode: d.mode };
  if (loading !== null && loading !== savedMaxLoading) out.maxLoading = loading;
  if (d.mode === "tail") {
    out.scenarios = parseWhole(d.scenarios) ?? SCENARIOS.default;
    out.seed = parseWhole(d.seed) ?? SEED.default;
  }
  return out;
}

/** 0.4 → "0.4×"; null (nothing expected to be paid) → "—". */
export function multipleText(m: number | null): string {
  return m === null ? "—" : `${Number(m.toFixed(2))}×`;
}

export function yearsText(n: number): string {
  return `${grouped(n)} simulated year${n === 1 ? "" : "s"}`;
}
