import { schemaFromUrl } from "@/server/db/schema-name";

/**
 * The PostgreSQL schema pg-boss keeps its tables in: `pgboss` beside the app's `public`, and one
 * per test schema (`t_…_pgboss`) so each test file has its own queue.
 */
export function jobSchemaFor(databaseUrl: string): string {
  const schema = schemaFromUrl(databaseUrl);
  return schema === "public" ? "pgboss" : `${schema}_pgboss`;
}
