import highsLoader, { type Highs } from "highs";

let instance: Promise<Highs> | null = null;

/**
 * The HiGHS WebAssembly runtime, loaded once per process and reused: loading compiles the wasm
 * (tens of milliseconds); each `solve` then runs on a fresh native model, so sharing is safe.
 * A failed load is not cached, so the next call retries.
 */
export function loadSolver(): Promise<Highs> {
  if (!instance) {
    instance = highsLoader().catch((error: unknown) => {
      instance = null;
      throw error;
    });
  }
  return instance;
}
