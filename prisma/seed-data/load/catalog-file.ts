import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { z } from "zod";

const SEED_DATA_DIR = fileURLToPath(new URL("../", import.meta.url));

/** A catalog file that failed its schema: every problem named by file, path and field. */
export class CatalogFileError extends Error {
  constructor(readonly file: string, readonly problems: string[]) {
    super(`${file} does not match its schema (nothing was written):\n  ${problems.join("\n  ")}`);
    this.name = "CatalogFileError";
  }
}

const pathOf = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), "");

/** Validates parsed JSON against `schema`, naming the file and the path of each bad field. */
export function parseCatalogJson<S extends z.ZodType>(schema: S, json: unknown, file: string): z.output<S> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  throw new CatalogFileError(file, parsed.error.issues.slice(0, 20).map((i) => `${pathOf(i.path) || "(file)"}: ${i.message}`));
}

/** Reads prisma/seed-data/<name> and validates it (see parseCatalogJson). */
export function loadCatalogFile<S extends z.ZodType>(schema: S, name: string): z.output<S> {
  const file = path.join("prisma/seed-data", name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path.join(SEED_DATA_DIR, name), "utf8"));
  } catch (error) {
    throw new CatalogFileError(file, [`(file): ${error instanceof Error ? error.message : String(error)}`]);
  }
  return parseCatalogJson(schema, json, file);
}
