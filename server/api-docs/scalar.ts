/**
 * The API reference at /api-docs (app/api-docs/route.ts), rendered in the browser by Scalar and
 * served entirely by this app: the page loads Scalar's standalone browser bundle from
 * /api-docs/scalar.js (app/api-docs/scalar.js/route.ts, read from the pinned @scalar/api-reference
 * package in node_modules) and the document from /api/openapi.json. No script, font, image or
 * request goes to any other host.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { ApiReference } from "@scalar/nextjs-api-reference";

/** Where the bundle is served; `?v=` carries its content hash, so it can be cached forever. */
export const SCALAR_BUNDLE_PATH = "/api-docs/scalar.js";
export const OPENAPI_DOCUMENT_URL = "/api/openapi.json";
export const API_DOCS_TITLE = "CoverDesk API";

/** The standalone bundle of the pinned @scalar/api-reference (a direct dependency, so always hoisted). */
function bundleFile(): string {
  // Both servers (scripts/start.ts, next dev) run in the project root.
  return path.join(/* turbopackIgnore: true */ process.cwd(), "node_modules", "@scalar", "api-reference", "dist", "browser", "standalone.js");
}

/**
 * Zod 4 (inside the bundle) probes once whether `new Function("")` works, to pick a faster parser.
 * Under our CSP (no 'unsafe-eval') the probe fails — zod then uses its plain parser — but the
 * browser reports it as a CSP violation on every load. The probe is answered "no" up front instead:
 * the same outcome, without the violation. If a new bundle no longer has this exact text, it is
 * served unchanged (e2e/api-docs.spec.ts then sees the violation again).
 */
export const EVAL_PROBE = 'try{return new Function(""),!0}catch(e){return!1}';
export const EVAL_PROBE_ANSWERED = "return!1";

export type ScalarBundle = { body: Buffer; hash: string };

export function prepareBundle(source: string): ScalarBundle {
  const patched = source.split(EVAL_PROBE).join(EVAL_PROBE_ANSWERED);
  const body = Buffer.from(patched, "utf8");
  return { body, hash: createHash("sha256").update(body).digest("hex").slice(0, 16) };
}

let bundle: Promise<ScalarBundle> | undefined;

/** The bundle, read, patched and hashed once per process. */
export function scalarBundle(): Promise<ScalarBundle> {
  bundle ??= readFile(bundleFile(), "utf8").then(prepareBundle, (error: unknown) => {
    bundle = undefined;
    throw error;
  });
  return bundle;
}

/**
 * Scalar's configuration. Everything that would reach another host is off: the default fonts
 * (fonts.scalar.com), telemetry, the AI agent (registry/api.scalar.com), the developer toolbar
 * (whose "share" uploads the document to api.scalar.com) and the "Open API Client" button (which
 * links to client.scalar.com). Without the default fonts Scalar's own font stacks fall back to the
 * system fonts. No `proxyUrl`: "Test request" calls the API directly, and the CSP's
 * connect-src keeps it to this origin.
 */
export function scalarConfiguration(bundleUrl: string) {
  return {
    url: OPENAPI_DOCUMENT_URL,
    cdn: bundleUrl,
    pageTitle: API_DOCS_TITLE,
    title: API_DOCS_TITLE,
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    hideClientButton: true,
    showDeveloperTools: "never",
    persistAuth: false,
  } as const;
}

/**
 * The page's HTML: the wrapper's document, with the request's CSP nonce on each of its two scripts
 * (the bundle and the inline `Scalar.createApiReference(…)` call).
 */
export async function apiDocsHtml({ nonce, bundleUrl }: { nonce: string; bundleUrl: string }): Promise<string> {
  const html = await ApiReference(scalarConfiguration(bundleUrl))().text();
  return html.replace(/^<html>/m, '<html lang="en">').replace(/<script\b/g, `<script nonce="${nonce}"`);
}
