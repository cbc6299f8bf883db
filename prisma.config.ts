import "dotenv/config";
import { defineConfig } from "prisma/config";

// The datasource URL is optional here: `prisma generate` needs none, and the app applies
// migrations itself (server/db/migrate.ts), so the CLI's schema engine is never required.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
