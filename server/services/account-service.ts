import type { PrismaClient } from "@/server/db/generated/client";
import type { TChangePasswordInput, TDeleteAccountInput, TSessionsEnded } from "@/lib/schemas/account";
import { AppError, badInput, tooManyAttempts } from "@/server/api/errors";
import { isUniqueViolation } from "@/server/db/prisma-errors";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { bumpSessionVersion, forgetUserSessionState } from "@/server/auth/session-state";
import { checkAuthAttempt } from "@/server/rate-limit/auth-limits";
import type { RateLimitStore } from "@/server/rate-limit/types";

export type AccountUser = { id: string; email: string; name: string };

const emailTaken = () => new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", "email");

export async function signUp(
  db: PrismaClient, input: { email: string; name: string; password: string },
): Promise<AccountUser> {
  const existing = await db.user.findFirst({ where: { email: input.email }, select: { id: true } });
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
  const user = await db.user.findFirst({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  dummyHash ??= hashPassword(crypto.randomUUID());
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !user.passwordHash || !ok) return null;
  return { id: user.id, email: user.email, name: user.name };
}

// Sessions (DESIGN §16): each of these ends every session of the user, the caller's included.

type Limits = { store: RateLimitStore; ip?: string };
const ended = { sessionsEnded: true as const };
const accountGone = () => new AppError("NOT_FOUND", "Your account no longer exists.");

/** "Sign out of all devices": every session signed in before now stops working. */
export async function signOutEverywhere(db: PrismaClient, userId: string): Promise<TSessionsEnded> {
  if (!(await bumpSessionVersion(db, userId))) throw accountGone();
  return ended;
}

/**
 * Changes the password after checking the current one (rate-limited like a sign-in, per the
 * account's email), and ends every session of the user.
 */
export async function changePassword(
  db: PrismaClient, userId: string, input: TChangePasswordInput, limits: Limits,
): Promise<TSessionsEnded> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user) throw accountGone();
  const verdict = await checkAuthAttempt(limits.store, "signIn", limits.ip, user.email);
  if (!verdict.allowed) throw tooManyAttempts(verdict.retryAfterSec);
  if (!user.passwordHash) throw badInput("currentPassword", "Your account has no password: you sign in with GitHub.");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badInput("currentPassword", "That is not your current password.");
  }
  if (input.newPassword === input.currentPassword) {
    throw badInput("newPassword", "Choose a password different from your current one.");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const { count } = await db.user.updateMany({
    // Only if the password is still the one just checked: two changes at once cannot both win.
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash, sessionVersion: { increment: 1 } },
  });
  forgetUserSessionState(userId);
  if (count !== 1) throw new AppError("CONFLICT", "Your password was changed meanwhile. Sign in again and retry.", "currentPassword");
  return ended;
}

/**
 * Deletes the account once the user has typed its email: the user's portfolios with their
 * positions, covers, cover links and alert acknowledgements go with it (schema cascades), and
 * so does every session.
 */
export async function deleteAccount(db: PrismaClient, userId: string, input: TDeleteAccountInput): Promise<TSessionsEnded> {
  const user = await db.user.findFirst({ where: { id: userId }, select: { email: true } });
  if (!user) throw accountGone();
  if (input.confirmEmail.trim().toLowerCase() !== user.email.toLowerCase()) {
    throw badInput("confirmEmail", "That is not your account's email. Type it exactly to confirm.");
  }
  // The portfolios it is the last owner of go with it (with all their rows); shared ones with
  // another owner stay, without it (its memberships go by cascade).
  const count = await db.$transaction(async (tx) => {
    await tx.$executeRaw`
      DELETE FROM "Portfolio" p
      WHERE EXISTS (SELECT 1 FROM "PortfolioMember" m WHERE m."portfolioId" = p.id AND m."userId" = ${userId} AND m.role = 'owner')
        AND NOT EXISTS (SELECT 1 FROM "PortfolioMember" o WHERE o."portfolioId" = p.id AND o."userId" <> ${userId} AND o.role = 'owner')`;
    return (await tx.user.deleteMany({ where: { id: userId, email: user.email } })).count;
  });
  forgetUserSessionState(userId);
  if (count !== 1) throw accountGone();
  return ended;
}
