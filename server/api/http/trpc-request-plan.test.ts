import { describe, expect, it } from "vitest";
import { IMPORT_BODY_LIMIT_BYTES, DEFAULT_BODY_LIMIT_BYTES } from "@/server/http/body-limits";
import type { ProcedureMeta } from "@/server/api/trpc";
import { planTrpcRequest } from "./trpc-request-plan";

const metas: Record<string, ProcedureMeta> = {
  "provider.list": {},
  "portfolio.list": { requiresSession: true },
  "portfolio.importCsv": { requiresSession: true, maxBodyBytes: IMPORT_BODY_LIMIT_BYTES },
};
const metaAt = (path: string) => (Object.hasOwn(metas, path) ? metas[path] : undefined);
const plan = (url: string) => planTrpcRequest(new URL(url, "http://x"), "/api/trpc", metaAt);

describe("what the tRPC route knows before reading a body", () => {
  it("refuses batches of more than 10 calls, saying how many", () => {
    const eleven = Array.from({ length: 11 }, () => "provider.list").join(",");
    expect(plan(`/api/trpc/${eleven}?batch=1`).refusal).toMatch(/at most 10 calls; this one has 11/);
    expect(plan(`/api/trpc/${encodeURIComponent(eleven)}?batch=1`).refusal).toMatch(/has 11/);
    expect(plan(`/api/trpc/${Array(10).fill("provider.list").join(",")}?batch=1`).refusal).toBeUndefined();
  });

  it("needs a session when any call of the batch does", () => {
    expect(plan("/api/trpc/provider.list,portfolio.list?batch=1").requiresSession).toBe(true);
    expect(plan("/api/trpc/provider.list?batch=1").requiresSession).toBe(false);
    expect(plan("/api/trpc/no.such").requiresSession).toBe(false); // tRPC answers 404
  });

  it("caps bodies at 100 KB, imports at 8 MB", () => {
    expect(plan("/api/trpc/portfolio.list").maxBodyBytes).toBe(DEFAULT_BODY_LIMIT_BYTES);
    expect(plan("/api/trpc/portfolio.importCsv").maxBodyBytes).toBe(IMPORT_BODY_LIMIT_BYTES);
    expect(plan("/api/trpc/toString,constructor?batch=1")).toMatchObject({ requiresSession: false, maxBodyBytes: DEFAULT_BODY_LIMIT_BYTES });
  });
});
