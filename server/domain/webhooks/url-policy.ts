import { lookup as dnsLookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { WEBHOOK_URL_MAX } from "@/lib/schemas/notification-values";

/**
 * Where CoverDesk may POST a webhook: only to public internet addresses, so a user cannot aim
 * the server at its own network (SSRF: loopback, private ranges, cloud metadata at 169.254.169.254).
 */
export type AddressClass = { public: true } | { public: false; reason: string };

type Rule = { subnet: string; prefix: number; reason: string };

// First match wins: specific ranges before the ones that contain them.
const V4_RULES: Rule[] = [
  { subnet: "0.0.0.0", prefix: 8, reason: "a 'this network' address (0.0.0.0/8)" },
  { subnet: "10.0.0.0", prefix: 8, reason: "a private address (10.0.0.0/8)" },
  { subnet: "100.64.0.0", prefix: 10, reason: "a carrier-grade NAT address (100.64.0.0/10)" },
  { subnet: "127.0.0.0", prefix: 8, reason: "a loopback address (127.0.0.0/8)" },
  { subnet: "169.254.169.254", prefix: 32, reason: "the cloud metadata address (169.254.169.254)" },
  { subnet: "169.254.0.0", prefix: 16, reason: "a link-local address (169.254.0.0/16)" },
  { subnet: "172.16.0.0", prefix: 12, reason: "a private address (172.16.0.0/12)" },
  { subnet: "192.0.0.0", prefix: 24, reason: "an IETF protocol address (192.0.0.0/24)" },
  { subnet: "192.0.2.0", prefix: 24, reason: "a documentation address (192.0.2.0/24)" },
  { subnet: "192.88.99.0", prefix: 24, reason: "a 6to4 relay address (192.88.99.0/24)" },
  { subnet: "192.168.0.0", prefix: 16, reason: "a private address (192.168.0.0/16)" },
  { subnet: "198.18.0.0", prefix: 15, reason: "a benchmarking address (198.18.0.0/15)" },
  { subnet: "198.51.100.0", prefix: 24, reason: "a documentation address (198.51.100.0/24)" },
  { subnet: "203.0.113.0", prefix: 24, reason: "a documentation address (203.0.113.0/24)" },
  { subnet: "224.0.0.0", prefix: 4, reason: "a multicast address (224.0.0.0/4)" },
  { subnet: "255.255.255.255", prefix: 32, reason: "the broadcast address" },
  { subnet: "240.0.0.0", prefix: 4, reason: "a reserved address (240.0.0.0/4)" },
];

const V6_RULES: Rule[] = [
  { subnet: "::", prefix: 128, reason: "the unspecified address (::)" },
  { subnet: "::1", prefix: 128, reason: "a loopback address (::1)" },
  { subnet: "64:ff9b::", prefix: 96, reason: "a NAT64 address (64:ff9b::/96)" },
  { subnet: "64:ff9b:1::", prefix: 48, reason: "a local NAT64 address (64:ff9b:1::/48)" },
  { subnet: "100::", prefix: 64, reason: "a discard-only address (100::/64)" },
  { subnet: "2001:db8::", prefix: 32, reason: "a documentation address (2001:db8::/32)" },
  { subnet: "2001::", prefix: 23, reason: "an IETF protocol address (2001::/23, Teredo included)" },
  { subnet: "2002::", prefix: 16, reason: "a 6to4 address (2002::/16)" },
  { subnet: "fc00::", prefix: 7, reason: "a unique local address (fc00::/7)" },
  { subnet: "fe80::", prefix: 10, reason: "a link-local address (fe80::/10)" },
  { subnet: "fec0::", prefix: 10, reason: "a site-local address (fec0::/10)" },
  { subnet: "ff00::", prefix: 8, reason: "a multicast address (ff00::/8)" },
];

type CompiledRule = { list: BlockList; reason: string };

function compile(rules: Rule[], type: "ipv4" | "ipv6"): CompiledRule[] {
  return rules.map(({ subnet, prefix, reason }) => {
    const list = new BlockList();
    list.addSubnet(subnet, prefix, type);
    return { list, reason };
  });
}

const V4 = compile(V4_RULES, "ipv4");
const V6 = compile(V6_RULES, "ipv6");
const GLOBAL_UNICAST_V6 = compile([{ subnet: "2000::", prefix: 3, reason: "" }], "ipv6")[0]!.list;
const MAPPED_V4 = compile([{ subnet: "::ffff:0:0", prefix: 96, reason: "" }], "ipv6")[0]!.list;

/** The 16 bytes of an IPv6 address (valid per isIP), embedded dotted IPv4 included. */
function ipv6Bytes(ip: string): number[] {
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(ip);
  let text = ip;
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${ip.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") as [string, string] : [text, undefined];
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
  return all.flatMap((g) => [g >> 8, g & 0xff]);
}

/** Public (routable on the internet) or not, with the reason in words. */
export function classifyAddress(address: string): AddressClass {
  const ip = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const version = isIP(ip);
  if (version === 4) {
    const hit = V4.find((r) => r.list.check(ip, "ipv4"));
    return hit ? { public: false, reason: hit.reason } : { public: true };
  }
  if (version === 6) {
    if (MAPPED_V4.check(ip, "ipv6")) {
      const bytes = ipv6Bytes(ip).slice(12);
      const inner = classifyAddress(bytes.join("."));
      return inner.public ? inner : { public: false, reason: `an IPv4-mapped form of ${inner.reason}` };
    }
    const hit = V6.find((r) => r.list.check(ip, "ipv6"));
    if (hit) return { public: false, reason: hit.reason };
    return GLOBAL_UNICAST_V6.check(ip, "ipv6") ? { public: true } : { public: false, reason: "a reserved IPv6 address (outside 2000::/3)" };
  }
  return { public: false, reason: "not an IP address" };
}

export type WebhookPolicy = {
  /** Allows loopback and private targets, and plain http (development, tests). */
  allowPrivate: boolean;
  /** In production a webhook URL must be https (unless allowPrivate). */
  production: boolean;
};

export type UrlCheck = { ok: true; url: URL; hostname: string } | { ok: false; reason: string };

/** The syntactic rules: length, parseable, http(s), https in production, no credentials. */
export function checkWebhookUrl(text: string, { allowPrivate, production }: WebhookPolicy): UrlCheck {
  if (text.length > WEBHOOK_URL_MAX) return { ok: false, reason: `The URL must be at most ${WEBHOOK_URL_MAX.toLocaleString("en-US")} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: "Enter a full URL, e.g. https://example.com/coverdesk-webhook" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: "The URL must start with https://" };
  if (url.protocol === "http:" && production && !allowPrivate) return { ok: false, reason: "The URL must use https://" };
  if (url.username || url.password) return { ok: false, reason: "The URL must not contain a user name or password" };
  const hostname = url.hostname.replace(/^\[|\]$/g, "");
  if (!hostname) return { ok: false, reason: "The URL needs a host name" };
  return { ok: true, url, hostname };
}

export type ResolvedAddress = { address: string; family: number };
export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;
export type ResolveResult = { ok: true; addresses: ResolvedAddress[] } | { ok: false; reason: string };

const LOOKUP_TIMEOUT_MS = 5_000;

const systemLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Resolves every address of `hostname` and refuses if any is not public: a name with one
 * public and one private address could otherwise be used to reach the private one.
 * An IP literal is taken as is (no lookup).
 */
export async function resolvePublicAddress(
  hostname: string,
  { allowPrivate, lookup = systemLookup, timeoutMs = LOOKUP_TIMEOUT_MS }: { allowPrivate: boolean; lookup?: LookupAll; timeoutMs?: number },
): Promise<ResolveResult> {
  const host = hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  const literal = isIP(host.replace(/%.*$/, ""));
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("timeout")), timeoutMs); });
    try {
      addresses = await Promise.race([lookup(host), timeout]);
    } catch (e) {
      const timedOut = e instanceof Error && e.message === "timeout";
      return { ok: false, reason: timedOut ? `Looking up ${host} took too long` : `The host ${host} could not be found` };
    } finally {
      clearTimeout(timer);
    }
  }
  if (addresses.length === 0) return { ok: false, reason: `The host ${host} could not be found` };
  if (allowPrivate) return { ok: true, addresses };
  for (const { address } of addresses) {
    const verdict = classifyAddress(address);
    if (!verdict.public) {
      const what = address === host ? `${address} is ${verdict.reason}` : `${host} resolves to ${address}, ${verdict.reason}`;
      return { ok: false, reason: `Webhooks can only reach public internet addresses: ${what}` };
    }
  }
  return { ok: true, addresses };
}
