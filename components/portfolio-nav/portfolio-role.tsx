"use client";

import { useQuery } from "@tanstack/react-query";
import { createContext, useContext, type ReactNode } from "react";
import { ROLE_LABELS, type Role } from "@/server/domain/access/roles";
import { useTRPC } from "@/lib/trpc/client";

/** DESIGN §13: what the signed-in member may do in the portfolio on screen. */
export type PortfolioRole = {
  /** Null while unknown (not loaded, or not a member): the controls stay, the API decides. */
  role: Role | null;
  /** Positions, covers, quotes, imports, acknowledgements, applying suggestions. */
  canWrite: boolean;
  /** Members, invitations, share links, renaming and deleting the portfolio. */
  canManage: boolean;
};

const UNKNOWN: PortfolioRole = { role: null, canWrite: true, canManage: true };

export function roleAccess(role: Role | null | undefined): PortfolioRole {
  if (!role) return UNKNOWN;
  return { role, canWrite: role !== "viewer", canManage: role === "owner" };
}

/** Shown where a viewer would have found the write controls. */
export const VIEW_ONLY_NOTE = "View only: you are a viewer of this portfolio. Ask an owner to make you an editor to change it.";

/** "Viewer", "Editor"; an owner's portfolio is "Shared" once it has other members, otherwise nothing. */
export function roleBadgeText(role: Role, memberCount: number): string | null {
  if (role !== "owner") return ROLE_LABELS[role];
  return memberCount > 1 ? "Owner · shared" : null;
}

/** The badge beside a portfolio's name: the role in words (not colour alone), or nothing for a sole owner. */
export function RoleBadge({ role, memberCount }: { role: Role; memberCount: number }) {
  const text = roleBadgeText(role, memberCount);
  if (!text) return null;
  const tone = role === "viewer"
    ? "border-slate-400 bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100"
    : "border-teal-600 bg-teal-50 text-teal-900 dark:bg-teal-950 dark:text-teal-100";
  return (
    <span className={`inline-block whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${tone}`}>
      <span className="sr-only">Your role: </span>{text}
    </span>
  );
}

/** An option's text in a portfolio select: the name, then the role when it is not the user's own. */
export function portfolioOptionText(p: { name: string; role: Role; memberCount: number }): string {
  const badge = roleBadgeText(p.role, p.memberCount);
  return badge ? `${p.name} (${badge})` : p.name;
}

const RoleContext = createContext<PortfolioRole | null>(null);

function useListedRole(portfolioId: string | null | undefined, enabled: boolean): Role | null {
  const trpc = useTRPC();
  // portfolio.list is prefetched by the portfolio layout (and the recommendations page): no extra request there.
  const list = useQuery({ ...trpc.portfolio.list.queryOptions(), enabled: enabled && !!portfolioId });
  return list.data?.find((p) => p.id === portfolioId)?.role ?? null;
}

/** Set once in the portfolio layout: every tab below reads the caller's role from here. */
export function PortfolioRoleProvider({ portfolioId, children }: { portfolioId: string; children: ReactNode }) {
  const role = useListedRole(portfolioId, true);
  return <RoleContext.Provider value={roleAccess(role)}>{children}</RoleContext.Provider>;
}

/**
 * The caller's role in the portfolio: from the layout's provider, or — outside it (a position's
 * page, recommendations) — looked up in portfolio.list by `portfolioId`.
 */
export function usePortfolioRole(portfolioId?: string | null): PortfolioRole {
  const provided = useContext(RoleContext);
  const listed = useListedRole(portfolioId, provided === null);
  return provided ?? roleAccess(listed);
}

/** The explanation that replaces a viewer's write controls. */
export function ViewOnlyNote({ className = "" }: { className?: string }) {
  return (
    <p className={`rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-sm text-[var(--muted)] ${className}`}>
      {VIEW_ONLY_NOTE}
    </p>
  );
}
