import { describe, expect, it } from "vitest";
import { chainOptions, sortProviders } from "./catalog-model";

const row = (slug: string, name: string, rank: number, total: number) => ({ slug, name, score: { rank, total } });

describe("catalog order", () => {
  const rows = [row("b", "bridge Mutual", 3, 1.04), row("n", "Nexus Mutual", 1, 6.82), row("a", "Arbol", 2, 0.25)];

  it("sorts by the server's rank for score", () => {
    expect(sortProviders(rows, "score").map((r) => r.slug)).toEqual(["n", "a", "b"]);
  });

  it("sorts by name, ignoring case", () => {
    expect(sortProviders(rows, "name").map((r) => r.slug)).toEqual(["a", "b", "n"]);
  });

  it("does not reorder its input", () => {
    sortProviders(rows, "name");
    expect(rows.map((r) => r.slug)).toEqual(["b", "n", "a"]);
  });
});

describe("chain options", () => {
  it("lists each chain once and leaves out 'any chain'", () => {
    expect(chainOptions([{ chains: ["ethereum", "base"] }, { chains: ["*", "ethereum", "solana"] }])).toEqual(["ethereum", "base", "solana"]);
  });
});
