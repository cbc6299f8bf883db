import type { IncomingMessage, ServerResponse } from "node:http";

/** Whether the request's path (before any query) has a percent-escape that does not decode. */
export function hasMalformedPath(url: string | undefined): boolean {
  const pathname = (url ?? "/").split("?", 1)[0] ?? "/";
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * A path such as /api/calendar/%ff.ics makes Next's router throw before any handler runs, which
 * it answers 500. It is the client's mistake: 400, before Next sees it.
 */
export function refuseMalformedPath(req: IncomingMessage, res: ServerResponse): boolean {
  if (!hasMalformedPath(req.url)) return false;
  res.writeHead(400, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end("Bad request: the address has a malformed %-escape.\n");
  return true;
}
