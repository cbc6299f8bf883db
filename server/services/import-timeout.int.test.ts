import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { AppError, BUSY_RETRY_AFTER_SEC } from "@/server/api/errors";
import { createPrismaClient } from "@/server/db/client";
import type { PrismaClient } from "@/server/db/generated/client";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser } from "@/tests/integration/callers";

// A write that runs out of time is rolled back and answers 503 with Retry-After, never 500.
// Here PostgreSQL's statement_timeout does it, on a client with one connection set to 50 ms.

let tdb: TestDatabase;
let slow: PrismaClient;
let userId: string;

const csv = [
  "label,asset,asset_kind,chain,venue_kind,venue,value_usd",
  ...Array.from({ length: 20_000 }, (_, i) => `P${i},USDC,stablecoin,ethereum,defi,aave-v3,1000`),
].join("\n");

beforeAll(async () => {
  tdb = await createTestDatabase();
  userId = (await makeUser(tdb.prisma, "alice")).id;
  slow = createPrismaClient(tdb.url, { schema: tdb.schema, poolSize: 1 });
});
afterAll(async () => {
  await slow.$disconnect();
  await tdb.drop();
});

describe.runIf(inject("testDatabase").kind === "server")("an import cut off by statement_timeout", () => {
  it("answers SERVICE_UNAVAILABLE with a retry delay, and writes nothing", async () => {
    const alice = callerFor(slow, userId);
    const portfolioId = (await alice.portfolio.create({ name: "Slow" })).id;
    await slow.$executeRawUnsafe("SET statement_timeout = 50");
    const error = await alice.portfolio.importCsv({ portfolioId, kind: "positions", csv }).then(() => null, (e: unknown) => e);
    await slow.$executeRawUnsafe("RESET statement_timeout");
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryAfterSec: BUSY_RETRY_AFTER_SEC, message: expect.stringMatching(/nothing was saved/) });
    expect(await tdb.prisma.position.count({ where: { portfolioId } })).toBe(0);
  });
});
