export { COVER_COLUMNS, POSITION_COLUMNS, columnsOf, type ColumnSpec } from "./columns";
export { escapeFormula, unescapeFormula } from "./csv-text";
export { coversCsv, portfolioJson, positionsCsv, recordCells, PORTFOLIO_JSON_FORMAT, type PortfolioJson } from "./format";
export { MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, PREVIEW_ROWS } from "./limits";
export { parseCoversCsv } from "./parse-covers";
export { parsePortfolioJson, type ParsedPortfolio } from "./parse-json";
export { parsePositionsCsv } from "./parse-positions";
export { importTemplate, templateFilename } from "./templates";
export * from "./types";
