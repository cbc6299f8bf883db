import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";

/** Reads the secret kept in `file`, creating it (mode 0600) on first use. */
export async function loadOrCreateSecret(file: string): Promise<{ secret: string; created: boolean }> {
  const existing = await readFile(file, "utf8").catch(() => null);
  if (existing?.trim()) return { secret: existing.trim(), created: false };
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return { secret, created: true };
}
