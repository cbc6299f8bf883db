import type { IncomingMessage } from "node:http";
import { CLIENT_IP_HEADER, resolveClientIp } from "@/lib/client-ip";

/**
 * Replaces whatever the client sent as CLIENT_IP_HEADER with the address worked out from the
 * socket (and X-Forwarded-For only as far as `trustProxyHops` allows). An address that can't be
 * worked out leaves the header absent: the request then counts in the shared bucket.
 */
export function stampClientIp(req: IncomingMessage, trustProxyHops: number): void {
  delete req.headers[CLIENT_IP_HEADER];
  const forwarded = req.headers["x-forwarded-for"];
  const ip = resolveClientIp(req.socket.remoteAddress, Array.isArray(forwarded) ? forwarded.join(",") : forwarded, trustProxyHops);
  if (ip) req.headers[CLIENT_IP_HEADER] = ip;
}
