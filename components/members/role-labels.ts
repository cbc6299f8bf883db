import { ROLE_LABELS, ROLES, type Role } from "@/server/domain/access/roles";

export { ROLE_LABELS, ROLES, type Role };

/** What each role may do, in a sentence: beside the role select and on the invitation page. */
export const ROLE_WHAT: Readonly<Record<Role, string>> = {
  owner: "reads and changes everything, and manages members, share links and the portfolio itself",
  editor: "reads and changes positions, covers, quotes and imports",
  viewer: "reads everything, changes nothing",
};

/** "4 Dec 2026" from an ISO timestamp. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}
