import { AppError, databaseBusy, notFound, vanished } from "@/server/api/errors";
import {
  isForeignKeyViolation, isRecordMissing, isTransactionTimeout, isWriteConflict, violatedConstraint,
} from "@/server/db/prisma-errors";

type Answer = () => AppError;

/**
 * What a write answers when a row it refers to (by foreign key) was deleted between the checks
 * and the write. The record a call is about is NOT_FOUND; a row it only links to is CONFLICT.
 */
const BY_CONSTRAINT: Record<string, Answer> = {
  CoverPosition_positionId_fkey: () => vanished("A linked position", "positionIds"),
  CoverPosition_coverId_fkey: () => notFound("Cover"),
  Cover_portfolioId_fkey: () => notFound("Portfolio"),
  Position_portfolioId_fkey: () => notFound("Portfolio"),
  AlertAck_portfolioId_fkey: () => notFound("Portfolio"),
  AlertAck_positionId_fkey: () => vanished("The alert's position"),
  Cover_productId_fkey: () => vanished("The catalog product", "productId"),
  Quote_portfolioId_fkey: () => notFound("Portfolio"),
  Quote_productId_fkey: () => vanished("The catalog product", "productId"),
  Portfolio_userId_fkey: () => new AppError("UNAUTHORIZED", "Your account no longer exists."),
  AlertAck_userId_fkey: () => new AppError("UNAUTHORIZED", "Your account no longer exists."),
};

export type RaceAnswers = {
  /** Named in the NOT_FOUND when the row being updated or deleted vanished ("Position"). */
  subject: string;
  /** Overrides of BY_CONSTRAINT for this call. */
  links?: Record<string, Answer>;
};

/** The user-facing error for a database error caused by a concurrent change or a timeout, else null. */
export function raceAnswer(error: unknown, answers: RaceAnswers): AppError | null {
  if (isRecordMissing(error)) return notFound(answers.subject);
  if (isForeignKeyViolation(error)) {
    const constraint = violatedConstraint(error);
    const answer = constraint ? answers.links?.[constraint] ?? BY_CONSTRAINT[constraint] : undefined;
    return answer ? answer() : vanished("Something this change refers to");
  }
  if (isTransactionTimeout(error)) return databaseBusy();
  if (isWriteConflict(error)) {
    return new AppError("CONFLICT", "Another change to the same records was saved at the same moment: nothing was saved. Please try again.");
  }
  return null;
}

/**
 * Runs a write so that losing a race answers 404 / 409 (or 503 for a timeout), never 500.
 * Errors it does not recognise pass through unchanged.
 */
export async function answeringRaces<T>(answers: RaceAnswers, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw raceAnswer(e, answers) ?? e;
  }
}
