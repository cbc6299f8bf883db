// The provider files are data: loaded through their schemas, with errors naming file and field;
// facts newer than the research snapshot name the reference entry they come from.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { asOfDay } from "@/components/providers/staleness";
import { CatalogFileError } from "./load/catalog-file";
import { loadProviders, parseProviderJson, PROVIDER_INDEX_FILE, providerFile } from "./provider-catalog";

const SEED_DIR = new URL("./", import.meta.url);
const raw = (name: string): unknown => JSON.parse(readFileSync(new URL(name, SEED_DIR), "utf8"));
const PREMIUM_FACTS = fileURLToPath(new URL("../../../shared/data/reference/premium-facts.json", import.meta.url));

function errorOf(fn: () => unknown): CatalogFileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof CatalogFileError) return error;
    throw error;
  }
  throw new Error("expected a CatalogFileError");
}

describe("provider catalog files", () => {
  it("loads the 18 providers in index order", () => {
    const providers = loadProviders();
    expect(providers.map((p) => p.slug)).toEqual((raw(PROVIDER_INDEX_FILE) as { providers: string[] }).providers);
    expect(providers).toHaveLength(18);
  });

  it("names the file and the field of a bad value", () => {
    const nexus = structuredClone(raw(providerFile("nexus-mutual"))) as { columns: { capacityUsd: { value: unknown } }; products: { coverageType: string }[] };
    nexus.columns.capacityUsd.value = 278000000; // a number, not a decimal string
    (nexus.products[1] as { coverageType: string }).coverageType = "volcano";
    const error = errorOf(() => parseProviderJson(nexus, "prisma/seed-data/providers/nexus-mutual.json"));
    expect(error.file).toBe("prisma/seed-data/providers/nexus-mutual.json");
    expect(error.problems.join("\n")).toMatch(/^columns\.capacityUsd\.value: /m);
    expect(error.problems.join("\n")).toMatch(/^products\[1\]\.coverageType: /m);
    expect(error.message).toContain("nothing was written");
  });

  it("refuses unknown fields, derivations from a missing fact, and a file whose slug is not its name", () => {
    const arbol = structuredClone(raw(providerFile("arbol"))) as Record<string, unknown> & { facts: Record<string, unknown>; columns: { kind: { from: string } } };
    arbol.facts["kind"] = { ...(arbol.facts["kind"] as object), asof: "2024" };
    expect(errorOf(() => parseProviderJson(arbol, "arbol.json")).problems.join("\n")).toMatch(/^facts\.kind: .*asof/m);
    const renamed = structuredClone(raw(providerFile("arbol"))) as { columns: { kind: { from: string } } };
    renamed.columns.kind.from = "kind_of";
    expect(errorOf(() => parseProviderJson(renamed, "arbol.json")).problems).toContain('columns.kind.from: derived from "kind_of", which is not a fact of this provider');
    const read = (name: string) => (name === providerFile("arbol") ? { ...(raw(name) as object), slug: "arbol-two" } : raw(name));
    expect(errorOf(() => loadProviders(read)).file).toBe("prisma/seed-data/providers/arbol.json");
  });

  it("replaces a snapshot fact only with a newer dated one, and names the reference entry it comes from", () => {
    const reference = existsSync(PREMIUM_FACTS) ? (JSON.parse(readFileSync(PREMIUM_FACTS, "utf8")) as { facts: { as_of: string }[] }).facts : null;
    const updated = loadProviders().flatMap((p) => Object.entries(p.facts).flatMap(([key, f]) => (f?.updatedFrom ? [{ slug: p.slug, key, f }] : [])));
    expect(updated.map((u) => `${u.slug} ${u.key}`)).toEqual([
      "nexus-mutual pricing.default_min_price_pct", "nexus-mutual pricing.mechanism",
      "nexus-mutual cover_period.min_days", "nexus-mutual cover_period.max_days", "etherisc pricing.max_premium_apr_pct",
    ]);
    for (const { slug, key, f } of updated) {
      const day = asOfDay(f.asOf);
      expect(day, `${slug} ${key}`).not.toBeNull();
      const before = f.previous ? asOfDay(f.previous.asOf) : null;
      if (before !== null) expect(before < (day ?? ""), `${slug} ${key}`).toBe(true);
      const [file, entry] = (f.updatedFrom ?? "").split(" ");
      expect(file).toBe("shared/data/reference/premium-facts.json");
      const index = Number(/^facts\[(\d+)\]$/.exec(entry ?? "")?.[1]);
      if (reference) expect(reference[index]?.as_of, `${slug} ${key}`).toBe(f.asOf);
    }
  });
});
