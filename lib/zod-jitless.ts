/**
 * Zod 4 probes for eval (`new Function("")`) when it builds its first object schema, to compile
 * faster parsers. Our CSP has no 'unsafe-eval', so in the browser the probe fails — harmlessly,
 * but the browser reports a CSP violation on every page that loads a schema. This tells zod not to
 * try (`jitless`), and must run before any module builds a schema: instrumentation-client.ts.
 *
 * Zod keeps its config on globalThis (`z.config()` reads and writes `__zod_globalConfig`), so this
 * needs no import of zod and adds nothing to the pages' JavaScript. lib/zod-jitless.test.ts checks
 * that zod still reads it there.
 */
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
export {};
