import { ZodError } from "zod";
import type { PrismaClient } from "@/server/db/generated/client";
import type { Role } from "@/server/domain/access/roles";
import { MemoryRateLimitStore } from "@/server/rate-limit/memory-store";
import type { Context } from "@/server/api/trpc";
import { callerFor, type Caller } from "./callers";

/** A refused call's code, message and the fields it names (from an AppError or zod); null when it succeeded. */
export type Failure = { code: string; message: string; fields: string[] };

export async function failureOf(call: Promise<unknown>): Promise<Failure | null> {
  try {
    await call;
    return null;
  } catch (e) {
    const err = e as { code?: string; message?: string; field?: string; cause?: unknown };
    const fields = err.field ? [err.field] : err.cause instanceof ZodError ? [...new Set(err.cause.issues.map((i) => i.path.join(".")))] : [];
    return { code: err.code ?? "UNKNOWN", message: err.message ?? "", fields };
  }
}

export type TeamUser = { id: string; email: string; caller: Caller };

let seq = 0;

/** A user with a caller of their own (each with its own in-memory rate limits). */
export async function makeTeamUser(db: PrismaClient, name: string, extra: Pick<Context, "clientIp"> = {}): Promise<TeamUser> {
  seq += 1;
  const email = `${name}-${seq}-${Math.random().toString(36).slice(2, 8)}@teams.coverdesk.test`;
  const user = await db.user.create({ data: { email, name, passwordHash: "not-used" }, select: { id: true, email: true } });
  return { ...user, caller: callerFor(db, user.id, { rateLimits: new MemoryRateLimitStore(), ...extra }) };
}

/** A portfolio with its members, made directly in the database. */
export async function makeTeamPortfolio(db: PrismaClient, owner: TeamUser, others: [TeamUser, Role][] = []): Promise<string> {
  seq += 1;
  const { id } = await db.portfolio.create({ data: { createdById: owner.id, name: `Team ${seq}` }, select: { id: true } });
  await db.portfolioMember.createMany({ data: [{ portfolioId: id, userId: owner.id, role: "owner" }, ...others.map(([u, role]) => ({ portfolioId: id, userId: u.id, role }))] });
  return id;
}
