export type BodyRead = { ok: true; body: Uint8Array } | { ok: false };

/**
 * Reads a request body chunk by chunk and stops as soon as it is longer than `maxBytes`, so an
 * oversized body is never held whole. A declared Content-Length over the cap is refused without
 * reading anything. The rest is left unread rather than cancelled: cancelling resets the
 * connection before the client can read the 413, while Node's server discards what follows.
 */
export async function readBodyWithin(req: Request, maxBytes: number): Promise<BodyRead> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false };
  if (!req.body) return { ok: true, body: new Uint8Array(0) };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      reader.releaseLock();
      return { ok: false };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, body };
}
