import { pathToFileURL } from "node:url";

/** Runs a bench when its file is the one `tsx` was given (not when `npm run bench` imports it). */
export function runIfMain(moduleUrl: string, bench: () => Promise<void>): void {
  if (process.argv[1] === undefined || moduleUrl !== pathToFileURL(process.argv[1]).href) return;
  bench().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
