import { describe, expect, it } from "vitest";
import type { AnyProcedure } from "@trpc/server";
import { appRouter } from "@/server/api/root";

type Schema = { _zod?: { def?: Record<string, unknown> & { type?: string } } };

/**
 * trpc-to-openapi sets `coerce` on the number, boolean, bigint and date schemas it reaches in a
 * REST input (through optional, nullable, default, array and object, but not pipes), mutating the
 * schema the app shares — after which Boolean("false") would be true. Exposed inputs must give it
 * nothing to reach: flags and numbers there are pipes that read their words (ZBool, wholeNumber).
 */
function coercibleLeaves(schema: Schema, path: string, seen = new Set<unknown>()): string[] {
  const def = schema?._zod?.def;
  if (!def || seen.has(schema)) return [];
  seen.add(schema);
  switch (def.type) {
    case "number": case "boolean": case "bigint": case "date": return [path];
    case "optional": case "nullable": case "default": case "prefault": return coercibleLeaves(def.innerType as Schema, path, seen);
    case "array": return coercibleLeaves(def.element as Schema, `${path}[]`, seen);
    case "lazy": return coercibleLeaves((def.getter as () => Schema)(), path, seen);
    case "object": return Object.entries(def.shape as Record<string, Schema>).flatMap(([k, v]) => coercibleLeaves(v, path ? `${path}.${k}` : k, seen));
    default: return [];
  }
}

const exposed = Object.entries(appRouter._def.procedures as unknown as Record<string, AnyProcedure>)
  .filter(([, p]) => (p._def.meta as { openapi?: unknown } | undefined)?.openapi);

describe("REST inputs", () => {
  it("exposes the routes the API promises", () => {
    expect(exposed.map(([path]) => path).sort()).toEqual([
      "alert.list", "cover.create", "cover.delete", "cover.get", "cover.list", "cover.update",
      "portfolio.get", "portfolio.list", "portfolio.overview", "portfolio.statement", "portfolio.summary",
      "position.create", "position.delete", "position.get", "position.list", "position.update",
    ]);
  });

  it.each(exposed)("%s has no input field trpc-to-openapi would coerce", (_path, procedure) => {
    const inputs = (procedure._def as unknown as { inputs: Schema[] }).inputs;
    expect(inputs.flatMap((s) => coercibleLeaves(s, ""))).toEqual([]);
  });
});
