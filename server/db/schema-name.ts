export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Prisma's convention: `postgresql://…/db?schema=name`; PostgreSQL's default otherwise. */
export function schemaFromUrl(connectionString: string): string {
  try {
    return new URL(connectionString).searchParams.get("schema") || "public";
  } catch {
    return "public";
  }
}
