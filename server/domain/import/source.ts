import { columnsOf } from "./columns";
import { splitList } from "./cells";
import type { ImportKind } from "./types";

/** One row's values by column name, whether it came from a CSV row or a JSON object. */
export type Source = {
  text(column: string): string;
  list(column: string): string[];
};

export type Issue = { column: string | null; message: string };

export function csvSource(cells: readonly string[], index: ReadonlyMap<string, number>): Source {
  const text = (column: string) => {
    const i = index.get(column);
    return i === undefined ? "" : cells[i] ?? "";
  };
  return { text, list: (column) => splitList(text(column)) };
}

function asText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === null || value === undefined) return "";
  return JSON.stringify(value);
}

function at(obj: Record<string, unknown>, path: string): unknown {
  return path.split(".").reduce<unknown>(
    (node, key) => (node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined),
    obj,
  );
}

/** JSON values are read through the same column names; arrays stay arrays. */
export function jsonSource(kind: ImportKind, obj: Record<string, unknown>): Source {
  const fieldOf = new Map(columnsOf(kind).map((c) => [c.name, c.field]));
  const value = (column: string) => at(obj, fieldOf.get(column) ?? column);
  return {
    text: (column) => asText(value(column)),
    list: (column) => {
      const v = value(column);
      return Array.isArray(v) ? v.map(asText).map((s) => s.trim()).filter((s) => s !== "") : splitList(asText(v));
    },
  };
}

/** One message per cell: a schema may stack several for one value ("1,5" fails format and range). */
export function firstPerColumn(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string | null>();
  return issues.filter((i) => {
    if (seen.has(i.column)) return false;
    seen.add(i.column);
    return true;
  });
}
