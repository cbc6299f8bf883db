/** What the global setup hands to the test files (vitest `provide` / `inject`). */
export type TestDatabaseTarget =
  /** A PostgreSQL server: each test file migrates its own schema in this database. */
  | { kind: "server"; url: string }
  /** No server: each test file loads this migrated PGlite data directory (a tar file) into its own in-memory instance. */
  | { kind: "pglite"; template: string };

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: TestDatabaseTarget;
  }
}

/** Schemas are named `t_<base36 creation time>_<random>`, so a later run can drop those a killed run left. */
export const TEST_SCHEMA_PREFIX = "t_";
