/**
 * Prisma gives every transaction 5 s. An import writes up to the file limits' worth of rows in
 * one transaction (all or nothing), so its budget grows with the rows it writes.
 */
const BASE_MS = 10_000;
/** A row (position, cover or link) takes ~35 µs on an idle 2-core machine: room for a busy one. */
const MS_PER_ROW = 0.2;
/** How long to wait for a pooled connection before answering "busy". */
const MAX_WAIT_MS = 5_000;

export type TransactionBudget = { maxWait: number; timeout: number };

export function transactionBudget(rows: number): TransactionBudget {
  return { maxWait: MAX_WAIT_MS, timeout: Math.ceil(BASE_MS + Math.max(0, rows) * MS_PER_ROW) };
}

/** Rows per INSERT of a large table: bounds one statement's parameters and its time under a statement_timeout. */
export const ROWS_PER_STATEMENT = 50_000;

export function chunked<T>(rows: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
