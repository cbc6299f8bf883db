import { generateOpenApiDocument, type OpenAPIObject } from "trpc-to-openapi";
import { appRouter } from "@/server/api/root";

export const REST_BASE_PATH = "/api/v1";

let cached: OpenAPIObject | undefined;

/**
 * DESIGN §14: the OpenAPI 3 document of the REST API, generated from the procedures' meta and
 * schemas. Its server is relative (resolved against wherever the document was fetched), so the
 * reference page's "Test request" and generated clients hit the origin they came from.
 */
export function openApiDocument(): OpenAPIObject {
  if (cached) return cached;
  const generated = generateOpenApiDocument(appRouter, {
    title: "CoverDesk API",
    version: "1.0.0",
    description: [
      "Read and change your CoverDesk portfolios from scripts: positions, covers, insured and uninsured exposure, alerts and the coverage statement.",
      "",
      "Authenticate with an API token from **Settings → API tokens**: `Authorization: Bearer cdk_…`. Cookies are not accepted here.",
      "A read token may only call GET routes; a token made for one portfolio finds every other one not found (404).",
      "Errors are JSON: `{ message, code, data: { fieldErrors } }`, with the input field at fault named in `fieldErrors`.",
      "Money is a decimal string in USD (`\"1250.50\"`); days are `YYYY-MM-DD`.",
    ].join("\n"),
    baseUrl: REST_BASE_PATH,
    docsUrl: "/api-docs",
    tags: ["portfolios", "positions", "covers", "alerts"],
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "cdk_…", description: "An API token from Settings → API tokens." } },
  });
  // Every route needs the token: said once for the whole API too, so readers (and /api-docs) preselect it.
  cached = { ...generated, security: [{ bearerAuth: [] }] };
  return cached;
}
