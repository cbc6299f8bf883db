import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./read-body";

function streamOf(chunks: number, chunkBytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number; cancelled: () => boolean } {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

const post = (body: ReadableStream<Uint8Array> | string, headers: Record<string, string> = {}) =>
  new Request("http://x/api", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("reading a body within a cap", () => {
  it("returns a body within the cap whole", async () => {
    const read = await readBodyWithin(post('{"a":1}'), 100);
    expect(read.ok && new TextDecoder().decode(read.body)).toBe('{"a":1}');
  });

  it("stops reading once past the cap (no Content-Length), leaving the rest unread", async () => {
    const { stream, pulled, cancelled } = streamOf(10_000, 1024); // a 10 MB upload
    expect(await readBodyWithin(post(stream), 100 * 1024)).toEqual({ ok: false });
    expect(pulled()).toBeLessThanOrEqual(103);
    expect(cancelled()).toBe(false); // cancelling would reset the connection before the 413 is read
  });

  it("refuses a declared length over the cap without reading a byte", async () => {
    const { stream, pulled } = streamOf(10, 1024);
    expect(await readBodyWithin(post(stream, { "content-length": String(100 * 1024 * 1024) }), 1024)).toEqual({ ok: false });
    expect(pulled()).toBeLessThanOrEqual(1); // a stream may pre-pull one chunk; nothing is consumed
  });
});
