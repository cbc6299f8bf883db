import type { IncomingMessage, ServerResponse } from "node:http";

/** No route accepts more than this (imports, the largest, are capped lower in their route). */
export const BODY_CEILING_BYTES = 9 * 1024 * 1024;

/**
 * Refuses a request whose declared length is over the ceiling before a byte of it is read, and
 * closes the connection after the answer so the rest of the upload is not drained. Bodies without a length are
 * capped by the routes that read them (server/http/read-body.ts).
 */
export function refuseOversizedBody(req: IncomingMessage, res: ServerResponse): boolean {
  const declared = Number(req.headers["content-length"]);
  if (!Number.isFinite(declared) || declared <= BODY_CEILING_BYTES) return false;
  res.writeHead(413, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ error: { message: `Request body too large: at most ${BODY_CEILING_BYTES / 1024 / 1024} MB`, data: { code: "PAYLOAD_TOO_LARGE", httpStatus: 413 } } }));
  return true;
}
