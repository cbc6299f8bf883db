import fc from "fast-check";

const MB = 1024 * 1024;

const HOSTILE_STRINGS = [
  "NaN", "Infinity", "-Infinity", "-1", "-0.01", "1e400", "1e13", "10000000000000.01", "9".repeat(40),
  "0x1F", "1,000", " ", "", "null", "undefined", "true", "2026-02-30", "2027-01-01T00:00:00Z", "01/02/2026",
  "'; DROP TABLE \"Position\"; --", "\" OR 1=1 --", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
  "../../etc/passwd", "%00", "\u0000", "\u202e\u202d", "𝕮𝖔𝖛𝖊𝖗🛡️", "ﷺ".repeat(50), "a".repeat(MB),
  "*", "__proto__", "constructor",
];
const HOSTILE_NUMBERS = [NaN, Infinity, -Infinity, -1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.1 + 0.2];
const HOSTILE_SHAPES: unknown[] = [null, true, false, [], {}, [null], { __proto__: { admin: true } }, { $gt: "" }];

/** Every named hostile value: each is tried on every procedure, not left to chance. */
export const HOSTILE_CONSTANTS: readonly unknown[] = [...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, ...HOSTILE_SHAPES];

/** Values an attacker or a broken client might send in place of any field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_SHAPES),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.double(),
  fc.bigInt().map((b) => b.toString()),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Json = Record<string, unknown>;

/** A valid sample with one field (possibly nested) replaced by a hostile value, or replaced whole. */
export function hostileInput(sample: unknown): fc.Arbitrary<unknown> {
  const whole = fc.oneof(hostileValue, fc.anything({ maxDepth: 2 }));
  if (sample === null || typeof sample !== "object" || Array.isArray(sample)) return whole;
  const paths = fieldPaths(sample as Json);
  if (paths.length === 0) return whole;
  const oneField = fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]) => withField(sample as Json, path, value));
  const reversedDates = "startsAt" in (sample as Json)
    ? fc.constant({ ...(sample as Json), startsAt: "2027-06-01", expiresAt: "2026-06-01" })
    : oneField;
  return fc.oneof({ arbitrary: oneField, weight: 8 }, { arbitrary: reversedDates, weight: 1 }, { arbitrary: whole, weight: 1 });
}

/**
 * Inputs that carry each named hostile value once, in the sample's fields in turn (or as the
 * whole input), plus reversed dates where the sample has dates: run before the random ones.
 */
export function hostileExamples(sample: unknown): unknown[] {
  const paths = sample !== null && typeof sample === "object" && !Array.isArray(sample) ? fieldPaths(sample as Json) : [];
  const examples = HOSTILE_CONSTANTS.map((value, i) => {
    const path = paths[i % Math.max(1, paths.length)];
    return path ? withField(sample as Json, path, value) : value;
  });
  if (paths.some(([head]) => head === "startsAt")) examples.push({ ...(sample as Json), startsAt: "2027-06-01", expiresAt: "2026-06-01" });
  return examples;
}

function fieldPaths(obj: Json, prefix: string[] = []): string[][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === "object" && !Array.isArray(v) ? [[...prefix, k], ...fieldPaths(v as Json, [...prefix, k])] : [[...prefix, k]],
  );
}

function withField(obj: Json, path: string[], value: unknown): Json {
  const [head, ...rest] = path;
  if (head === undefined) return obj;
  const next = rest.length === 0 ? value : withField((obj[head] ?? {}) as Json, rest, value);
  return { ...obj, [head]: next };
}
