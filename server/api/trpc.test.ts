import { describe, expect, it } from "vitest";
import type { PrismaClient } from "@/server/db/generated/client";
import { AppError } from "./errors";
import { createCallerFactory, createTRPCRouter, publicProcedure } from "./trpc";

const failingWith = (error: unknown) => createTRPCRouter({ run: publicProcedure.query(() => Promise.reject(error)) });
const call = (error: unknown) =>
  createCallerFactory(failingWith(error))({ db: {} as PrismaClient, getSessionUser: async () => null }).run();

describe("every procedure's answer to a database that gave up", () => {
  it.each([
    ["Prisma's transaction timeout (P2028)", { code: "P2028" }],
    ["a statement timeout (57014)", { code: "57014" }],
    ["a lock timeout (55P03)", { code: "55P03" }],
  ])("%s is a 503 with Retry-After, not a 500", async (_label, error) => {
    const refused = await call(error).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSec: 10 });
  });

  it("any other error stays a 500", async () => {
    await expect(call(new Error("boom"))).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
  });
});
