export { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS } from "@/lib/schemas/import-export";
export const PREVIEW_ROWS = 10;
