// One row of an incident catalog file (prisma/seed-data/incidents.json, or a file given to
// `npm run incidents:import`), its schema and the Incident row it becomes. Pure.
import { z } from "zod";
import { ZCoverageType, ZDay } from "@/lib/schemas/primitives";
import type { IncidentVenueResolver } from "./resolve-venue";

const ZText = z.string().trim().min(1);
const ZChain = z.string().regex(/^[a-z0-9][a-z0-9.+-]*$/, "must be a lower-case chain slug");

/** A repository source (DeFiHackLabs) … */
const ZRepositorySource = z.object({
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name"),
  path: ZText,
  poc_path: z.string().nullable().optional(),
  commit: z.string().regex(/^[0-9a-f]{7,40}$/, "must be a commit hash"),
  url: z.url().nullable(),
  license: ZText.nullable(),
});
/** … or a page (curated news rows). */
const ZPageSource = z.object({ kind: ZText, url: z.url(), license: ZText.nullable() });

export const ZIncidentFileRow = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,119}$/, "must be a lower-case id (letters, digits, dots, dashes), at most 120 characters"),
  date: ZDay,
  venue_name: ZText.max(200),
  venue_slug: ZText.nullable(),
  venue_slug_guess: ZText.nullable(),
  chains: z.array(ZChain),
  chains_other: z.array(z.string()).optional(),
  chain_basis: z.string().nullable().optional(),
  kind: ZCoverageType,
  loss_usd: z.number().finite().nonnegative().lt(1e20, "too large").nullable(),
  loss_text: z.string().nullable(),
  loss_usd_note: z.string().nullable().optional(),
  root_cause: z.string().nullable(),
  root_cause_source_label: z.string().nullable().optional(),
  asset: z.string().nullable().optional(),
  date_note: z.string().nullable().optional(),
  references: z.array(z.url()),
  source: z.union([ZRepositorySource, ZPageSource]),
  as_of: ZText,
});
export type TIncidentFileRow = z.infer<typeof ZIncidentFileRow>;
type CoverageType = z.infer<typeof ZCoverageType>;

export const ZIncidentFile = z.array(ZIncidentFileRow).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `duplicate id "${r.id}"` });
    seen.add(r.id);
  });
});

/** A schema problem, by row (index and id when readable) and field. */
export type IncidentFileProblem = { index: number | null; id: string | null; field: string; message: string };

const fieldOf = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), "");

/** Validates a whole parsed file; every problem names its row and field. */
export function parseIncidentFile(json: unknown): { ok: true; rows: TIncidentFileRow[] } | { ok: false; problems: IncidentFileProblem[] } {
  const parsed = ZIncidentFile.safeParse(json);
  if (parsed.success) return { ok: true, rows: parsed.data };
  const problems = parsed.error.issues.map((issue): IncidentFileProblem => {
    const [first, ...rest] = issue.path;
    if (typeof first !== "number") return { index: null, id: null, field: fieldOf(issue.path) || "(file)", message: issue.message };
    const raw = Array.isArray(json) ? (json[first] as { id?: unknown } | undefined) : undefined;
    return { index: first, id: typeof raw?.id === "string" ? raw.id : null, field: fieldOf(rest) || "(row)", message: issue.message };
  });
  return { ok: false, problems };
}

export const describeProblem = (p: IncidentFileProblem) =>
  p.index === null ? `${p.field}: ${p.message}` : `row ${p.index}${p.id ? ` (id ${p.id})` : ""}, ${p.field}: ${p.message}`;

/** An Incident as written (date as YYYY-MM-DD, decimals as strings). */
export type IncidentRow = {
  id: string;
  date: string;
  venueName: string;
  venueSlug: string | null;
  chains: string[];
  kind: CoverageType;
  lossUsd: string | null;
  lossText: string | null;
  rootCause: string | null;
  references: string[];
  sourceLabel: string;
  sourceUrl: string | null;
  sourceLicense: string | null;
  asOf: string;
};

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
};

/** "DeFiHackLabs (Apache-2.0)" for a repository; the page's host for a page. */
export function sourceLabel(source: TIncidentFileRow["source"]): string {
  if ("repository" in source) {
    const name = source.repository.split("/")[1] ?? source.repository;
    return source.license ? `${name} (${source.license})` : name;
  }
  return hostOf(source.url);
}

const blankToNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

export function incidentRow(row: TIncidentFileRow, resolve: IncidentVenueResolver): IncidentRow {
  const match = resolve({ venueSlug: row.venue_slug, venueSlugGuess: row.venue_slug_guess, venueName: row.venue_name });
  return {
    id: row.id,
    date: row.date,
    venueName: row.venue_name,
    venueSlug: match?.slug ?? null,
    chains: [...new Set(row.chains)],
    kind: row.kind,
    lossUsd: row.loss_usd === null ? null : row.loss_usd.toFixed(2),
    lossText: blankToNull(row.loss_text),
    rootCause: blankToNull(row.root_cause),
    references: row.references,
    sourceLabel: sourceLabel(row.source),
    sourceUrl: row.source.url ?? null,
    sourceLicense: row.source.license ?? null,
    asOf: row.as_of,
  };
}
