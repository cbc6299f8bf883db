// PGlite has no inter-process lock, and two processes writing one data folder corrupt it.
import { readFile, rm, writeFile } from "node:fs/promises";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes `lockFile` for this process (a stale one, whose process is gone, is taken over); returns its release. */
export async function lockDataDir(lockFile: string, what: string): Promise<() => Promise<void>> {
  for (;;) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: "wx" });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(await readFile(lockFile, "utf8").catch(() => ""));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(`${what} is in use by process ${owner} (another npm start?). Stop it first, or set DATABASE_URL to use a PostgreSQL server.`);
    }
    await rm(lockFile, { force: true });
  }
}
