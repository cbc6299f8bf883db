import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { describe, expect, it } from "vitest";
import { Prisma } from "@/server/db/generated/client";
import { AppError, BUSY_RETRY_AFTER_SEC } from "@/server/api/errors";
import { answeringRaces, raceAnswer } from "./race-errors";

// Errors shaped as Prisma 7 with the pg driver adapter throws them (recorded from real races).
const known = (code: string, meta: Record<string, unknown> = {}) =>
  new Prisma.PrismaClientKnownRequestError(`failed with ${code}`, { code, clientVersion: "7", meta });
const adapter = (cause: Record<string, unknown>) => ({ driverAdapterError: { name: "DriverAdapterError", cause } });
const fk = (constraint: string, prismaCode = "P2003") => known(prismaCode, adapter({
  originalCode: "23503", kind: "ForeignKeyConstraintViolation", constraint: { index: constraint },
  originalMessage: `insert or update on table "X" violates foreign key constraint "${constraint}"`,
}));
const rawFailure = (sqlState: string) => known("P2010", adapter({ originalCode: sqlState, kind: "postgres", code: sqlState }));

const answer = (error: unknown) => raceAnswer(error, { subject: "Position" });
const statusOf = (error: AppError | null) => (error ? getHTTPStatusCodeFromError(error) : null);

describe("raceAnswer: what a write that lost a race answers", () => {
  it("a transaction timeout (P2028) is 503 with Retry-After, saying nothing was saved", () => {
    const timedOut = known("P2028", { operation: "commit", timeout: 5000, timeTaken: 5340 });
    const error = answer(timedOut);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSec: BUSY_RETRY_AFTER_SEC });
    expect(error!.message).toMatch(/nothing was saved/);
    expect(statusOf(error)).toBe(503);
  });

  it.each([
    ["statement_timeout", "57014"],
    ["lock_timeout", "55P03"],
    ["idle_in_transaction_session_timeout", "25P03"],
  ])("PostgreSQL's %s (%s) on a raw query is 503 with Retry-After", (_name, sqlState) => {
    const error = answer(rawFailure(sqlState));
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSec: BUSY_RETRY_AFTER_SEC });
    expect(statusOf(error)).toBe(503);
  });

  it("a vanished record (P2025) is NOT_FOUND naming the subject", () => {
    const error = answer(known("P2025", { modelName: "Position", operation: "a delete" }));
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "Position not found" });
    expect(statusOf(error)).toBe(404);
  });

  it("a link to a vanished position is CONFLICT naming it, from the ORM (P2003) and from raw SQL (P2010/23503)", () => {
    for (const error of [answer(fk("CoverPosition_positionId_fkey")), answer(fk("CoverPosition_positionId_fkey", "P2010"))]) {
      expect(error).toMatchObject({ code: "CONFLICT", field: "positionIds", message: "A linked position was deleted meanwhile: nothing was saved. Reload and try again." });
      expect(statusOf(error)).toBe(409);
    }
  });

  it("a vanished parent is NOT_FOUND; a call may name its own answer for a constraint", () => {
    expect(answer(fk("Cover_portfolioId_fkey"))).toMatchObject({ code: "NOT_FOUND", message: "Portfolio not found" });
    const custom = raceAnswer(fk("CoverPosition_positionId_fkey"), {
      subject: "Portfolio", links: { CoverPosition_positionId_fkey: () => new AppError("CONFLICT", "custom") },
    });
    expect(custom).toMatchObject({ code: "CONFLICT", message: "custom" });
  });

  it("an unknown constraint is still CONFLICT, never 500; the constraint is also read from the message", () => {
    expect(answer(known("P2003"))).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Something this change refers to was deleted meanwhile/) });
    const fromMessage = { code: "23503", message: 'violates foreign key constraint "Position_portfolioId_fkey"' };
    expect(answer(fromMessage)).toMatchObject({ code: "NOT_FOUND", message: "Portfolio not found" });
  });

  it("a deadlock or serialization failure is CONFLICT asking to retry", () => {
    for (const error of [answer(known("P2034")), answer(rawFailure("40P01")), answer(rawFailure("40001"))]) {
      expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/try again/) });
    }
  });

  it("finds the cause inside a wrapping error", () => {
    expect(answer(new Error("wrapped", { cause: known("P2028") }))).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
  });

  it("leaves other errors alone: answeringRaces rethrows them unchanged", async () => {
    const unique = known("P2002", { target: ["label"] });
    expect(answer(unique)).toBeNull();
    expect(answer(new Error("boom"))).toBeNull();
    await expect(answeringRaces({ subject: "Position" }, () => Promise.reject(unique))).rejects.toBe(unique);
    await expect(answeringRaces({ subject: "Position" }, () => Promise.reject(known("P2025")))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(answeringRaces({ subject: "Position" }, async () => 42)).resolves.toBe(42);
  });
});
