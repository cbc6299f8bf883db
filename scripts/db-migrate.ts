// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL (no Prisma schema engine needed).
import "dotenv/config";
import { applyMigrations } from "@/server/db/migrate";
import { describeDatabaseUrl } from "@/server/db/url";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start runs an embedded database and migrates it itself).");
  const started = performance.now();
  const applied = await applyMigrations(url, { log: (msg) => console.log(msg) });
  const ms = Math.round(performance.now() - started);
  console.log(
    applied.length
      ? `${applied.length} migration(s) applied to ${describeDatabaseUrl(url)} in ${ms} ms.`
      : `${describeDatabaseUrl(url)} is up to date (${ms} ms).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
