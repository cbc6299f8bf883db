// Skips `next build` when .next was built from exactly the current sources: the git HEAD plus
// the content of every changed or untracked (non-ignored) file. Without git, always builds.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
// NEXT_DIST_DIR (next.config.ts) lets several builds share a checkout.
const distDir = () => process.env.NEXT_DIST_DIR ?? ".next";
const stampFile = () => `${distDir()}/coverdesk-source.txt`;

async function git(root: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

export async function sourceFingerprint(root: string): Promise<string | null> {
  try {
    const [head, changed, untracked] = await Promise.all([
      git(root, "rev-parse", "HEAD"),
      git(root, "diff", "HEAD", "--name-only", "-z"),
      git(root, "ls-files", "--others", "--exclude-standard", "-z"),
    ]);
    const files = [...new Set([...changed.split("\0"), ...untracked.split("\0")].filter(Boolean))].sort();
    const hash = createHash("sha256").update(head);
    for (const file of files) {
      const content = await readFile(path.join(root, file)).catch(() => "(deleted)");
      hash.update(`\0${file}\0`).update(content);
    }
    return hash.digest("hex");
  } catch {
    return null;
  }
}

export async function isBuildCurrent(root: string): Promise<boolean> {
  const [stamp, buildId, current] = await Promise.all([
    readFile(path.join(root, stampFile()), "utf8").catch(() => null),
    readFile(path.join(root, distDir(), "BUILD_ID"), "utf8").catch(() => null),
    sourceFingerprint(root),
  ]);
  return buildId !== null && current !== null && stamp?.trim() === current;
}

/** Taken after the build, which may itself touch tracked files (Next adjusts tsconfig.json). */
export async function recordBuild(root: string): Promise<void> {
  const fingerprint = await sourceFingerprint(root);
  if (fingerprint) await writeFile(path.join(root, stampFile()), `${fingerprint}\n`);
}

export async function hasBuild(root: string): Promise<boolean> {
  return readFile(path.join(root, distDir(), "BUILD_ID"), "utf8").then(() => true, () => false);
}
