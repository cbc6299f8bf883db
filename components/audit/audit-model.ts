import { AUDIT_ENTITIES, type AuditEntity } from "@/server/domain/audit/changes";
import { AUDIT_ENTITY_LABELS } from "@/server/domain/audit/describe-entry";

/** Entries a page of the audit page loads at a time. */
export const AUDIT_PAGE = 50;

export const ENTITY_OPTIONS = AUDIT_ENTITIES.map((e) => ({ value: e, label: AUDIT_ENTITY_LABELS[e] }));

/** The select's value as a filter: "" is every kind of row. */
export const entityFilter = (value: string): AuditEntity | undefined =>
  (AUDIT_ENTITIES as readonly string[]).includes(value) ? (value as AuditEntity) : undefined;

/** "2026-01-05 14:03 UTC": the same on the server's first render and in any browser. */
export function formatWhen(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}
