/** DESIGN §13: a member's role in a portfolio. */
export const ROLES = ["owner", "editor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a procedure needs: `read` the portfolio (dashboard, positions, covers, advice, incidents,
 * audit), `write` it (positions, covers, quotes, imports, acknowledgements), or `manage` it
 * (members, invitations, share links, renaming, deleting).
 */
export const ACCESS_LEVELS = ["read", "write", "manage"] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const ROLE_GRANTS: Readonly<Record<Role, readonly AccessLevel[]>> = {
  owner: ["read", "write", "manage"],
  editor: ["read", "write"],
  viewer: ["read"],
};

export function allows(role: Role, level: AccessLevel): boolean {
  return ROLE_GRANTS[role].includes(level);
}

/** Why a member may not do this: shown to them (they can see the portfolio, so saying so leaks nothing). */
export function refusal(role: Role, level: AccessLevel): string {
  if (level === "manage") return `You are ${role === "editor" ? "an editor" : "a viewer"} of this portfolio: only its owners manage members, share links, its name and its deletion.`;
  return "You are a viewer of this portfolio: you can read it but not change it. Ask an owner to make you an editor.";
}

export const ROLE_LABELS: Readonly<Record<Role, string>> = { owner: "Owner", editor: "Editor", viewer: "Viewer" };
