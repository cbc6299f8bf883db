import { describe, expect, it } from "vitest";
import { chunked, ROWS_PER_STATEMENT, transactionBudget } from "./transaction-budget";

describe("transactionBudget", () => {
  it("grows with the rows written, from more than Prisma's default 5 s", () => {
    expect(transactionBudget(0)).toEqual({ maxWait: 5_000, timeout: 10_000 });
    // The attack's import: 300,000 links (plus 10,000 covers) took ~10 s on 2 cores.
    expect(transactionBudget(310_000).timeout).toBe(72_000);
    expect(transactionBudget(1_000_000).timeout).toBeGreaterThan(transactionBudget(310_000).timeout);
  });
});

describe("chunked", () => {
  it("splits rows into statements of at most ROWS_PER_STATEMENT, in order, dropping none", () => {
    const rows = Array.from({ length: 2 * ROWS_PER_STATEMENT + 7 }, (_, i) => i);
    const chunks = chunked(rows);
    expect(chunks.map((c) => c.length)).toEqual([ROWS_PER_STATEMENT, ROWS_PER_STATEMENT, 7]);
    expect(chunks.flat()).toEqual(rows);
    expect(chunked([])).toEqual([]);
  });
});
