type Header = { key: string; value: string };

/** A CSP nonce source value: base64 / base64url, as Next.js itself extracts it from the header. */
const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/**
 * The Content-Security-Policy. Pages get one with a per-request nonce (proxy.ts): Next.js reads it
 * from the request's CSP header and puts it on its own scripts, and our layout puts it on the
 * theme script; 'strict-dynamic' lets those scripts load the chunks they need. Without a nonce
 * (API routes, static files) no inline script may run at all. Never 'unsafe-inline' for scripts;
 * 'unsafe-eval' only in development (React rebuilds server error stacks with eval).
 * Styles keep 'unsafe-inline': recharts and Next.js set style attributes.
 */
export function contentSecurityPolicy({ production, nonce }: { production: boolean; nonce?: string }): string {
  if (nonce !== undefined && !NONCE.test(nonce)) throw new Error("CSP nonce must be base64 of at least 16 characters");
  const script = ["'self'"];
  if (nonce !== undefined) script.push(`'nonce-${nonce}'`, "'strict-dynamic'");
  if (!production) script.push("'unsafe-eval'");
  return [
    "default-src 'self'",
    `script-src ${script.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Response headers for every route (next.config.ts). The CSP here has no nonce, so allows no inline
 * script: proxy.ts replaces it on every page with one carrying the request's nonce.
 */
export function securityHeaders(production: boolean): Header[] {
  const headers: Header[] = [
    // Lower case, as the proxy's response headers are: Next.js lets the proxy's value win.
    { key: "content-security-policy", value: contentSecurityPolicy({ production }) },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  if (production) {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
