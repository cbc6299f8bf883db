// Loads the provider catalog: prisma/seed-data/providers/index.json lists the providers in
// catalog order, each in providers/<slug>.json, validated against ZProviderSeed. Any file that
// fails throws a CatalogFileError naming the file and the field, before anything is written.
import { CatalogFileError, loadCatalogFile, parseCatalogJson } from "./load/catalog-file";
import { type ProviderSeed, ZProviderIndex, ZProviderSeed } from "./types";

export const PROVIDER_INDEX_FILE = "providers/index.json";
export const providerFile = (slug: string) => `providers/${slug}.json`;

/** Validates one provider file's parsed JSON (`file` names it in errors). */
export function parseProviderJson(json: unknown, file: string): ProviderSeed {
  return parseCatalogJson(ZProviderSeed, json, file);
}

/** The catalog's providers, in index order; `read` replaces a file's contents (tests). */
export function loadProviders(read?: (name: string) => unknown): ProviderSeed[] {
  const index = read ? parseCatalogJson(ZProviderIndex, read(PROVIDER_INDEX_FILE), `prisma/seed-data/${PROVIDER_INDEX_FILE}`) : loadCatalogFile(ZProviderIndex, PROVIDER_INDEX_FILE);
  const seen = new Set<string>();
  return index.providers.map((slug, i) => {
    if (seen.has(slug)) throw new CatalogFileError(`prisma/seed-data/${PROVIDER_INDEX_FILE}`, [`providers[${i}]: "${slug}" is listed twice`]);
    seen.add(slug);
    const name = providerFile(slug);
    const seed = read ? parseProviderJson(read(name), `prisma/seed-data/${name}`) : loadCatalogFile(ZProviderSeed, name);
    if (seed.slug !== slug) throw new CatalogFileError(`prisma/seed-data/${name}`, [`slug: "${seed.slug}" does not match the file name (expected "${slug}")`]);
    return seed;
  });
}
