/** Request body caps (DESIGN §16). A file of MAX_IMPORT_CHARS (5 MB) fits an import body even JSON-escaped. */
export const DEFAULT_BODY_LIMIT_BYTES = 100 * 1024;
export const IMPORT_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);
