/** DESIGN §13: what a write changed, field by field: { field: [before, after] }. */
export type AuditChanges = Record<string, [unknown, unknown]>;

export const AUDIT_ENTITIES = ["portfolio", "position", "cover", "quote", "alert", "member", "invite", "share_link"] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

export const AUDIT_ACTIONS = ["create", "update", "delete", "import", "acknowledge", "unacknowledge", "invite", "accept", "revoke", "role", "remove", "leave", "rename"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Comparable form of a value: dates as ISO text, decimals and other objects as their JSON. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object" && !Array.isArray(value) && typeof (value as { toFixed?: unknown }).toFixed === "function") return String(value);
  if (Array.isArray(value)) return value.map(plain);
  return value ?? null;
}

/** The fields whose value differs between two states of a row (a created row: before = null; a deleted one: after = null). */
export function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null, fields: readonly string[]): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of fields) {
    const was = before ? plain(before[field]) : null;
    const now = after ? plain(after[field]) : null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[field] = [was, now];
  }
  return changes;
}
