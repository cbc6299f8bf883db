import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    // next-auth imports "next/server" without the ".js" Node's own ESM resolver needs: let vite resolve it.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["server/**/*.test.ts", "lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"], exclude: ["**/*.int.test.ts", "node_modules/**"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.int.test.ts"],
          exclude: ["node_modules/**"],
          globalSetup: ["tests/integration/global-setup.ts"],
          // The app always runs with one (npm start generates it): unsubscribe links are signed with it.
          env: { AUTH_SECRET: "integration-tests-secret-not-for-production" },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Attacks over real HTTP on the production build (run after `next build`: see scripts/test-all.sh).
        extends: true,
        test: {
          name: "attack",
          include: ["tests/attacks/**/*.attack.test.ts"],
          globalSetup: ["tests/attacks/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
