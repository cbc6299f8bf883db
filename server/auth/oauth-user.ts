import type { PrismaClient } from "@/server/db/generated/client";

/** The CoverDesk user id for an OAuth sign-in, creating the account (without password) on first use. */
export async function linkOAuthUser(db: PrismaClient, email: string, name: string): Promise<string> {
  const user = await db.user.upsert({
    where: { email: email.toLowerCase() },
    update: {},
    create: { email: email.toLowerCase(), name: name.slice(0, 120) },
    select: { id: true },
  });
  return user.id;
}
