// Prisma's schema engine compiled to WebAssembly, loaded by hand: the package's ESM entry
// imports the .wasm file as a module, which Node 20 cannot do.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { MIGRATIONS_DIR, type MigrationFile } from "@/server/db/migration-files";

export type { SchemaEngine };

export const LOCKFILE = "migration_lock.toml";
export const NO_FILTERS = { externalTables: [], externalEnums: [] };

let initialised: Promise<void> | undefined;

function initWasm(): Promise<void> {
  initialised ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    const start = instance.exports.__wbindgen_start;
    if (typeof start !== "function") throw new Error("schema engine wasm: no __wbindgen_start export");
    start();
  })();
  return initialised;
}

/** The engine over any migration-aware driver adapter (PrismaPg for a server, PrismaPGlite in memory). */
export async function createSchemaEngine(factory: SqlMigrationAwareDriverAdapterFactory, log?: (line: string) => void): Promise<SchemaEngine> {
  await initWasm();
  return bg.SchemaEngine.new({ datamodels: undefined }, (line: string) => log?.(line), bindMigrationAwareSqlAdapterFactory(factory));
}

/**
 * An engine whose database is an in-memory PGlite. Its shadow database (a second in-memory
 * PGlite) is where `diff` from `{ tag: "migrations" }` replays the committed migrations, as
 * `prisma migrate dev` does, so no PostgreSQL server is needed.
 */
export async function openPGliteSchemaEngine(): Promise<{ engine: SchemaEngine; close: () => Promise<void> }> {
  const databases = [new PGlite()];
  const main = new PrismaPGlite(databases[0]!);
  // Our own shadow database rather than the adapter's, so that it can be closed: an open
  // PGlite keeps Node running for seconds after the work is done.
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: main.provider,
    adapterName: main.adapterName,
    connect: () => main.connect(),
    connectToShadowDb: () => {
      const shadow = new PGlite();
      databases.push(shadow);
      return new PrismaPGlite(shadow).connect();
    },
  };
  const engine = await createSchemaEngine(factory);
  return {
    engine,
    close: async () => {
      engine.free();
      await Promise.all(databases.map((d) => (d.closed ? undefined : d.close())));
    },
  };
}

export function migrationsList(files: MigrationFile[], lockfileContent: string | null, baseDir = MIGRATIONS_DIR): MigrationList {
  return {
    baseDir,
    lockfile: { path: LOCKFILE, content: lockfileContent },
    shadowDbInitScript: "",
    migrationDirectories: files.map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
    })),
  };
}
