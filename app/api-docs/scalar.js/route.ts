import { scalarBundle } from "@/server/api-docs/scalar";

export const dynamic = "force-dynamic";

/**
 * GET /api-docs/scalar.js: Scalar's standalone browser bundle for /api-docs, from the pinned
 * @scalar/api-reference in node_modules (see server/api-docs/scalar.ts). Asked for with its content
 * hash (`?v=`, as /api-docs does) it is cached for a year, immutable; otherwise it is revalidated
 * by ETag. (Next.js gzips it: 3.5 MB → about 1 MB.)
 */
export async function GET(req: Request): Promise<Response> {
  const bundle = await scalarBundle();
  const versioned = new URL(req.url).searchParams.get("v") === bundle.hash;
  const etag = `"${bundle.hash}"`;
  const headers: Record<string, string> = {
    "Content-Type": "text/javascript; charset=utf-8",
    "Cache-Control": versioned ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate",
    ETag: etag,
  };
  const ifNoneMatch = req.headers.get("if-none-match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(bundle.body), { status: 200, headers });
}
