import { openApiDocument } from "@/server/api/rest/openapi-document";

/** DESIGN §14: the REST API's OpenAPI 3 document, public (it describes routes, not data). */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
