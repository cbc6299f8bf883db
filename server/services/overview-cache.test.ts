import { describe, expect, it } from "vitest";
import type { OverviewBase } from "@/server/domain/overview/build-overview";
import { overviewBaseFor, overviewCacheKey } from "./overview-cache";

const fakeBase = (label: string) => ({ label }) as unknown as OverviewBase;

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

describe("overview cache", () => {
  it("sizes once when twenty requests for a changed portfolio arrive together", async () => {
    const key = overviewCacheKey("u-flight", "p1", "2026-12-04");
    const gate = deferred<OverviewBase>();
    let computed = 0;
    const compute = () => { computed += 1; return gate.promise; };
    const waiting = Array.from({ length: 20 }, () => overviewBaseFor(key, "f1", compute));
    gate.resolve(fakeBase("one"));
    const results = await Promise.all(waiting);
    expect(computed).toBe(1);
    expect(new Set(results).size).toBe(1);
    // Afterwards the remembered base answers without computing.
    expect(await overviewBaseFor(key, "f1", compute)).toBe(results[0]);
    expect(computed).toBe(1);
  });

  it("sizes again when the fingerprint changes, and never hands the old base to the new fingerprint", async () => {
    const key = overviewCacheKey("u-change", "p1", "2026-12-04");
    const first = await overviewBaseFor(key, "f1", async () => fakeBase("before"));
    const second = await overviewBaseFor(key, "f2", async () => fakeBase("after"));
    expect(first).not.toBe(second);
    expect(second).toEqual({ label: "after" });
  });

  it("does not keep a failed sizing: the next request tries again", async () => {
    const key = overviewCacheKey("u-fail", "p1", "2026-12-04");
    await expect(overviewBaseFor(key, "f1", async () => { throw new Error("database went away"); })).rejects.toThrow("database went away");
    expect(await overviewBaseFor(key, "f1", async () => fakeBase("retried"))).toEqual({ label: "retried" });
  });

  it("keeps users, portfolios and days apart", async () => {
    const a = await overviewBaseFor(overviewCacheKey("u-a", "p1", "2026-12-04"), "f", async () => fakeBase("a"));
    const b = await overviewBaseFor(overviewCacheKey("u-b", "p1", "2026-12-04"), "f", async () => fakeBase("b"));
    const c = await overviewBaseFor(overviewCacheKey("u-a", "p1", "2026-12-05"), "f", async () => fakeBase("c"));
    expect([a, b, c]).toEqual([{ label: "a" }, { label: "b" }, { label: "c" }]);
  });
});
