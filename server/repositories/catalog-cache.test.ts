import { afterEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/server/db/generated/client";
import { cachedCatalogRead } from "./catalog-cache";

const fakeDb = () => ({}) as PrismaClient;
afterEach(() => vi.useRealTimers());

describe("catalog read cache", () => {
  it("reads once within 30 s, again after, and separately per database", async () => {
    vi.useFakeTimers();
    const db = fakeDb();
    const load = vi.fn(async () => "catalog");
    await cachedCatalogRead(db, "k", load);
    vi.advanceTimersByTime(29_000);
    await cachedCatalogRead(db, "k", load);
    expect(load).toHaveBeenCalledTimes(1);
    await cachedCatalogRead(fakeDb(), "k", load);
    expect(load).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(2_000);
    await cachedCatalogRead(db, "k", load);
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("does not keep a failed read", async () => {
    const db = fakeDb();
    await expect(cachedCatalogRead(db, "k", async () => { throw new Error("db down"); })).rejects.toThrow("db down");
    await expect(cachedCatalogRead(db, "k", async () => "ok")).resolves.toBe("ok");
  });
});
