import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { hashPassword, verifyPassword } from "@/server/auth/password";

export type AccountUser = { id: string; email: string; name: string };

const emailTaken = () => new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", "email");

export async function signUp(
  db: PrismaClient, input: { email: string; name: string; password: string },
): Promise<AccountUser> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw emailTaken();
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: { id: true, email: true, name: true },
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw emailTaken();
    throw e;
  }
}

// Unknown emails are still checked against a real hash, so timing does not reveal accounts.
let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(
  db: PrismaClient, email: string, password: string,
): Promise<AccountUser | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  dummyHash ??= hashPassword(crypto.randomUUID());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}
