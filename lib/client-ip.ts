/**
 * The client's IP address. Headers are never trusted by default (DESIGN §16): the app's own
 * HTTP server (server/http/serve.ts) works the address out from the socket and stamps it on the
 * request under CLIENT_IP_HEADER, after deleting whatever the client sent under that name.
 */
import { isIP } from "node:net";

export const CLIENT_IP_HEADER = "x-coverdesk-client-ip";

/** Set by the app's HTTP server once it stamps every request; without it the header is ignored. */
const STAMPED = Symbol.for("coverdesk.clientIpStamped");
type Flagged = typeof globalThis & { [STAMPED]?: boolean };

export function markClientIpStamping(on = true): void {
  (globalThis as Flagged)[STAMPED] = on;
}

/**
 * The address to rate-limit by: the socket's peer unless `trustProxyHops` (TRUST_PROXY_HOPS) says
 * how many proxies in front of the app append to X-Forwarded-For; then the n-th address from the
 * right of that header, i.e. the one the outermost trusted proxy saw. Anything unparsable gives
 * undefined, which callers count in one shared bucket.
 */
export function resolveClientIp(socketAddress: string | undefined, forwardedFor: string | undefined, trustProxyHops: number): string | undefined {
  if (trustProxyHops <= 0) return normalizeIp(socketAddress);
  const hops = (forwardedFor ?? "").split(",").map((s) => s.trim());
  // Fewer entries than trusted hops: the header did not come through all our proxies.
  if (hops.length < trustProxyHops) return undefined;
  return normalizeIp(hops[hops.length - trustProxyHops]);
}

/** TRUST_PROXY_HOPS as a whole number ≥ 0; anything else means no proxy is trusted. */
export function trustProxyHopsFrom(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 && n <= 32 ? n : 0;
}

function normalizeIp(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const ip = raw.startsWith("::ffff:") && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
  return isIP(ip) ? ip.toLowerCase() : undefined;
}

/** The stamped address of a request, or undefined (one shared bucket) when the app's server did not stamp it. */
export function clientIpFrom(headers: Headers): string | undefined {
  if (!(globalThis as Flagged)[STAMPED]) return undefined;
  return normalizeIp(headers.get(CLIENT_IP_HEADER) ?? undefined);
}
