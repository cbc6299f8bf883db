import { describe, expect, it } from "vitest";
import type { PrismaClient } from "./generated/client";
import { healthReport } from "./health";

const clientAnswering = (queryRaw: () => Promise<unknown>) => () => ({ $queryRaw: queryRaw }) as unknown as PrismaClient;

describe("healthReport", () => {
  it("answers 200 with the database up when SELECT 1 answers", async () => {
    const report = await healthReport(clientAnswering(async () => [{ "?column?": 1 }]));
    expect(report).toMatchObject({ status: 200, body: { status: "ok", database: "up" } });
  });

  it("answers 503 when the database refuses the query", async () => {
    const report = await healthReport(clientAnswering(async () => { throw new Error("connect ECONNREFUSED 127.0.0.1:5432"); }));
    expect(report).toMatchObject({ status: 503, body: { status: "degraded", database: "down" } });
  });

  it("answers 503, not a crash, when no client can be made (DATABASE_URL unset)", async () => {
    const report = await healthReport(() => { throw new Error("DATABASE_URL is not set"); });
    expect(report).toMatchObject({ status: 503, body: { database: "down", latencyMs: 0 } });
  });
});
