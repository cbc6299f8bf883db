/** A refusal the REST route makes before any procedure runs, in the same JSON shape as the procedures' errors. */
export function restError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ message, code, data: { code, httpStatus: status } }, { status, headers: { "cache-control": "no-store", ...headers } });
}

export const BEARER_CHALLENGE = { "WWW-Authenticate": 'Bearer realm="CoverDesk API"' };
