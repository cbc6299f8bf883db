import { contentSecurityPolicy, createNonce } from "@/lib/security-headers";
import { apiDocsHtml, SCALAR_BUNDLE_PATH, scalarBundle } from "@/server/api-docs/scalar";

export const dynamic = "force-dynamic";

/** proxy.ts's nonce for this request, or a fresh one when it is missing or malformed. */
function nonceFor(req: Request): string {
  const fromProxy = req.headers.get("x-nonce");
  if (fromProxy) {
    try {
      // Throws unless it is a well-formed nonce (base64, ≥ 16 characters), like the proxy's.
      contentSecurityPolicy({ production: true, nonce: fromProxy });
      return fromProxy;
    } catch {
      // Not a nonce: never echo it into the page.
    }
  }
  return createNonce();
}

/**
 * GET /api-docs: the API reference (Scalar), a whole HTML document rather than a React page.
 *
 * CSP: the page gets the app's page CSP, unchanged — script-src 'self' + this request's nonce +
 * 'strict-dynamic', connect-src 'self'. proxy.ts runs for /api-docs as for every page and hands
 * over its nonce in x-nonce; both of the page's scripts (the bundle from /api-docs/scalar.js and
 * the wrapper's inline `Scalar.createApiReference(…)` call) carry it. The route sets the same CSP
 * itself, so it does not depend on the proxy's header reaching the response.
 */
export async function GET(req: Request): Promise<Response> {
  const nonce = nonceFor(req);
  const { hash } = await scalarBundle();
  const html = await apiDocsHtml({ nonce, bundleUrl: `${SCALAR_BUNDLE_PATH}?v=${hash}` });
  return new Response(html, {
    status: 200,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "content-security-policy": contentSecurityPolicy({ production: process.env.NODE_ENV === "production", nonce }),
      // The nonce is per response: never reuse one.
      "Cache-Control": "no-store",
    },
  });
}
