import { describe, expect, it } from "vitest";

describe("zod-jitless", () => {
  it("sets the config zod reads, before zod is loaded, and schemas still parse", async () => {
    await import("./zod-jitless");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ name: z.string().min(1), n: z.number().int() });
    expect(schema.parse({ name: "a", n: 1, extra: true })).toEqual({ name: "a", n: 1 });
    expect(schema.safeParse({ name: "", n: 1.5 }).success).toBe(false);
  });
});
