import { describe, expect, it } from "vitest";
import { apiDocsHtml, EVAL_PROBE, prepareBundle, scalarBundle, scalarConfiguration } from "./scalar";

describe("the Scalar bundle served at /api-docs/scalar.js", () => {
  it("is the pinned standalone bundle, with zod's eval probe answered up front", async () => {
    const bundle = await scalarBundle();
    const text = bundle.body.toString("utf8");
    expect(text).toMatch(/@scalar\/api-reference \d+\.\d+\.\d+/);
    // The probe was found and replaced: an upgrade that changes it fails here, not in a browser.
    expect(text).not.toContain(EVAL_PROBE);
    expect(text).not.toMatch(/new Function\(/);
    expect(bundle.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(await scalarBundle()).toBe(bundle);
  });

  it("hashes what it serves", () => {
    const a = prepareBundle(`x;${EVAL_PROBE};y`);
    expect(a.body.toString()).toBe("x;return!1;y");
    expect(prepareBundle("x;return!1;y").hash).toBe(a.hash);
    expect(prepareBundle("other").hash).not.toBe(a.hash);
  });
});

describe("the /api-docs page", () => {
  it("loads only the local bundle and document, both scripts carrying the nonce", async () => {
    const html = await apiDocsHtml({ nonce: "bm9uY2Utbm9uY2Utbm9uY2U=", bundleUrl: "/api-docs/scalar.js?v=0123456789abcdef" });
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts).toEqual([
      '<script nonce="bm9uY2Utbm9uY2Utbm9uY2U=" src="/api-docs/scalar.js?v=0123456789abcdef">',
      '<script nonce="bm9uY2Utbm9uY2Utbm9uY2U=" type="text/javascript">',
    ]);
    expect(html).toContain("<title>CoverDesk API</title>");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('"url": "/api/openapi.json"');
    expect(html).not.toMatch(/https?:\/\//);
  });

  it("turns off everything that would call another host", () => {
    const config = scalarConfiguration("/x.js");
    expect(config).toMatchObject({ withDefaultFonts: false, telemetry: false, agent: { disabled: true }, hideClientButton: true, showDeveloperTools: "never" });
    expect(config).not.toHaveProperty("proxyUrl");
  });
});
