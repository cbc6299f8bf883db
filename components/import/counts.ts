import type { TImportCsvOutput } from "@/lib/schemas/import-export";

const n = (count: number, one: string, many: string) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** "3 positions", "2 covers", "7 positions and 5 covers". */
export function countPhrase(counts: TImportCsvOutput["counts"]): string {
  const parts = [
    counts.positions > 0 || counts.covers === 0 ? n(counts.positions, "position", "positions") : null,
    counts.covers > 0 ? n(counts.covers, "cover", "covers") : null,
  ].filter(Boolean);
  return parts.join(" and ");
}

export const rowsPhrase = (rows: number) => n(rows, "row", "rows");
