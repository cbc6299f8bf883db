/** True when an error means "the database cannot be reached right now" (worth a retry). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown };
  const code = typeof e.code === "string" ? e.code : "";
  if (["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "P1001", "P1002", "P1017", "57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004"].includes(code)) return true;
  const message = typeof e.message === "string" ? e.message : "";
  if (/Connection terminated|connection.*(refused|closed|reset)|Can't reach database|terminating connection|the database system is (starting|shutting) up|DatabaseNotReachable|timeout exceeded when trying to connect/i.test(message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
