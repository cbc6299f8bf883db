/**
 * Recognises PostgreSQL/Prisma errors without importing Prisma's runtime. An ORM call reports its
 * own code (P2002, P2003…); a raw query reports P2010 and keeps the SQLSTATE in the driver
 * adapter's cause, so both are looked at. Wrapped errors are followed through `cause`.
 */
type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

type AdapterCause = { originalCode?: unknown; code?: unknown; constraint?: { index?: unknown; fields?: unknown } };

function chain(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  for (let e = error, depth = 0; typeof e === "object" && e !== null && depth < 5; depth++) {
    out.push(e as ErrorLike);
    e = (e as ErrorLike).cause;
  }
  return out;
}

function adapterCause(e: ErrorLike): AdapterCause | undefined {
  const meta = e.meta as { driverAdapterError?: { cause?: AdapterCause } } | undefined;
  return meta?.driverAdapterError?.cause;
}

/** Prisma codes and SQLSTATEs carried by the error or anything it wraps. */
function codesOf(error: unknown): Set<string> {
  const codes = new Set<string>();
  for (const e of chain(error)) {
    if (typeof e.code === "string") codes.add(e.code);
    const cause = adapterCause(e);
    for (const c of [cause?.originalCode, cause?.code]) if (typeof c === "string") codes.add(c);
  }
  return codes;
}

const hasCode = (error: unknown, wanted: readonly string[]) => {
  const codes = codesOf(error);
  return wanted.some((c) => codes.has(c));
};

export function isUniqueViolation(error: unknown): boolean {
  return hasCode(error, ["P2002", "23505"]);
}

/** The row to update or delete was not there (any more). */
export function isRecordMissing(error: unknown): boolean {
  return hasCode(error, ["P2025"]);
}

/** A write referred to a row that does not exist (any more). */
export function isForeignKeyViolation(error: unknown): boolean {
  return hasCode(error, ["P2003", "23503"]);
}

/**
 * The transaction ran out of time: Prisma's interactive-transaction timeout or maxWait (P2028),
 * PostgreSQL's statement_timeout (57014), lock_timeout (55P03) or idle-in-transaction timeout (25P03).
 */
export function isTransactionTimeout(error: unknown): boolean {
  return hasCode(error, ["P2028", "57014", "55P03", "25P03"]);
}

/** PostgreSQL gave up one of two transactions that got in each other's way: deadlock or serialization failure. */
export function isWriteConflict(error: unknown): boolean {
  return hasCode(error, ["P2034", "40P01", "40001"]);
}

/** The name of the violated constraint (e.g. "CoverPosition_positionId_fkey"), when the error says. */
export function violatedConstraint(error: unknown): string | undefined {
  for (const e of chain(error)) {
    const index = adapterCause(e)?.constraint?.index;
    if (typeof index === "string") return index;
    const fieldName = (e.meta as { field_name?: unknown } | undefined)?.field_name;
    if (typeof fieldName === "string") return fieldName.replace(/ \(index\)$/, "");
    const quoted = typeof e.message === "string" ? /constraint "([^"]+)"/.exec(e.message) : null;
    if (quoted?.[1]) return quoted[1];
  }
  return undefined;
}
