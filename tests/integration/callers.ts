import type { PrismaClient } from "@/server/db/generated/client";
import { createCaller } from "@/server/api/root";
import { createContextInner, type Context } from "@/server/api/trpc";

let seq = 0;

export async function makeUser(db: PrismaClient, prefix = "user"): Promise<{ id: string; email: string }> {
  seq += 1;
  const email = `${prefix}-${seq}-${Math.random().toString(36).slice(2, 8)}@int.coverdesk.test`;
  return db.user.create({ data: { email, name: prefix, passwordHash: "not-used" }, select: { id: true, email: true } });
}

/** A tRPC caller acting as the given user (or anonymous), without HTTP. */
export function callerFor(db: PrismaClient, userId: string | null, extra: Pick<Context, "clientIp" | "rateLimits"> = {}) {
  return createCaller(createContextInner({
    db,
    getSessionUser: async () => (userId ? { id: userId } : null),
    ...extra,
  }));
}

export type Caller = ReturnType<typeof callerFor>;

/** The tRPC error code of a rejected call, or "OK" when it resolved. */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (e) {
    return (e as { code?: string }).code ?? "UNKNOWN";
  }
}
