/**
 * DESIGN §13: an audit entry in words — "Alice updated position Aave USDC: valueUsd 100,000 → 125,000".
 * Pure: the subject (a row's human name) is resolved by the caller, since entity ids are opaque.
 */
import type { AuditEntity } from "./changes";

export type DescribableEntry = {
  action: string;
  entity: string;
  /** { field: [before, after] } as stored (JSON: anything may be there). */
  changes: unknown;
  /** The row's human name when known: a position's label, a cover's product, a member's e-mail. */
  subject?: string | null;
  user: { name: string; email?: string } | null;
};

export type EntryDescription = {
  /** Who: the writer's name, or a stand-in once their account is gone. */
  actor: string;
  /** What, without the actor: "updated position Aave USDC". */
  summary: string;
  /** One per changed field: "valueUsd 100,000 → 125,000". */
  details: string[];
  /** The whole sentence: actor, summary and details. */
  text: string;
};

export const DELETED_ACCOUNT = "A deleted account";

/** The entity filter's choices, in the order the page lists them. */
export const AUDIT_ENTITY_LABELS: Record<AuditEntity, string> = {
  portfolio: "Portfolio", position: "Positions", cover: "Covers", quote: "Quotes", alert: "Alerts",
  member: "Members", invite: "Invitations", share_link: "Share links",
};

const NOUNS: Record<string, string> = {
  portfolio: "the portfolio", position: "position", cover: "cover", quote: "quote", alert: "alert",
  member: "member", invite: "the invitation of", share_link: "share link",
};

const VERBS: Record<string, string> = {
  create: "created", update: "updated", delete: "deleted", import: "imported into", acknowledge: "acknowledged",
  unacknowledge: "reopened", invite: "invited", accept: "accepted", revoke: "revoked", role: "changed the role of",
  remove: "removed", leave: "left", rename: "renamed",
};

/** The field that names a row of each kind, when a write recorded it. */
const NAME_FIELDS: Partial<Record<string, string>> = {
  position: "label", cover: "productName", member: "email", invite: "email", portfolio: "name",
};

/** Actions that bring a row into being (only the "after" side means anything) or take it away (only "before"). */
const CREATING = new Set(["create", "invite", "accept", "import"]);
const REMOVING = new Set(["delete", "remove", "leave"]);

const MAX_TEXT = 80;
const DECIMAL = /^(-?)(\d+)(\.\d+)?$/;
const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/;

const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text);
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** A value as people read it: 100,000 for "100000", a day for a midnight time, "—" for nothing. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 8 }) : String(value);
  if (typeof value === "string") {
    if (value === "") return "(empty)";
    const decimal = DECIMAL.exec(value);
    // Leading zeros ("007") are a code, not an amount: left as written.
    if (decimal && !/^-?0\d/.test(value)) return `${decimal[1]}${group(decimal[2]!)}${decimal[3] ?? ""}`;
    const time = ISO_TIME.exec(value);
    if (time) return time[2] === "00" && time[3] === "00" && time[4] === "00" ? time[1]! : `${time[1]} ${time[2]}:${time[3]} UTC`;
    return clip(value);
  }
  if (Array.isArray(value)) return value.length === 0 ? "none" : clip(value.map(formatAuditValue).join(", "));
  return clip(JSON.stringify(value) ?? String(value));
}

/** The recorded changes as [field, before, after], skipping anything not shaped as a pair. */
export function changePairs(changes: unknown): [string, unknown, unknown][] {
  if (changes === null || typeof changes !== "object" || Array.isArray(changes)) return [];
  return Object.entries(changes as Record<string, unknown>).flatMap(([field, pair]) =>
    Array.isArray(pair) && pair.length === 2 ? [[field, pair[0], pair[1]] as [string, unknown, unknown]] : []);
}

/** The row's name as this entry recorded it (the newer side first), if it did. */
export function subjectFromChanges(entity: string, changes: unknown): string | null {
  const field = NAME_FIELDS[entity];
  if (!field) return null;
  const pair = changePairs(changes).find(([f]) => f === field);
  if (!pair) return null;
  const name = [pair[2], pair[1]].find((v): v is string => typeof v === "string" && v.trim() !== "");
  return name ?? null;
}

/** "acknowledged_gap" → "acknowledged gap": alert codes as words. */
export const alertCodeWords = (code: string) => code.replace(/[_-]+/g, " ").trim();

function detailOf(action: string, field: string, before: unknown, after: unknown): string {
  if (CREATING.has(action) && (before === null || before === undefined)) return `${field} ${formatAuditValue(after)}`;
  if (REMOVING.has(action) && (after === null || after === undefined)) return `${field} ${formatAuditValue(before)}`;
  return `${field} ${formatAuditValue(before)} → ${formatAuditValue(after)}`;
}

const afterOf = (changes: unknown, field: string): unknown => changePairs(changes).find(([f]) => f === field)?.[2];

function summaryOf(entry: DescribableEntry, subject: string | null): string {
  const { action, entity } = entry;
  const named = (noun: string) => (subject ? `${noun} ${subject}` : noun);
  if (entity === "member" && action === "accept") {
    const role = afterOf(entry.changes, "role");
    return typeof role === "string" ? `joined the portfolio as ${role}` : "joined the portfolio";
  }
  if (entity === "member" && action === "leave") return "left the portfolio";
  if (entity === "member" && action === "role") return `changed the role of ${subject ?? "a member"}`;
  if (entity === "member" && action === "remove") return `removed ${named("member")}`;
  if (entity === "invite" && action === "invite") {
    const role = afterOf(entry.changes, "role");
    return `invited ${subject ?? "someone"}${typeof role === "string" ? ` as ${role}` : ""}`;
  }
  if (entity === "invite") return `${VERBS[action] ?? action} the invitation${subject ? ` of ${subject}` : ""}`;
  if (entity === "portfolio" && action === "import") {
    const kind = afterOf(entry.changes, "kind");
    return `imported ${typeof kind === "string" ? `${kind} ` : ""}into the portfolio`;
  }
  if (entity === "portfolio") return `${VERBS[action] ?? action} the portfolio`;
  if (entity === "share_link") return `${VERBS[action] ?? action} a share link`;
  const noun = NOUNS[entity] ?? entity.replace(/_/g, " ");
  return `${VERBS[action] ?? action} ${named(noun)}`;
}

/** The entry in words, for the audit page. */
export function describeEntry(entry: DescribableEntry): EntryDescription {
  const actor = entry.user ? entry.user.name.trim() || entry.user.email || DELETED_ACCOUNT : DELETED_ACCOUNT;
  const subject = entry.subject ?? subjectFromChanges(entry.entity, entry.changes);
  const summary = summaryOf(entry, subject);
  const details = changePairs(entry.changes).map(([field, before, after]) => detailOf(entry.action, field, before, after));
  const text = `${actor} ${summary}${details.length > 0 ? `: ${details.join("; ")}` : ""}`;
  return { actor, summary, details, text };
}
