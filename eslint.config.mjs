import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const domainPurity = {
  files: ["server/domain/**/*.ts"],
  rules: {
    "no-restricted-imports": ["error", {
      patterns: [
        { group: ["@prisma/*", "next", "next/*", "@trpc/*", "next-auth", "next-auth/*"], message: "server/domain is pure: no framework or database imports." },
        { group: ["@/server/db/*", "**/server/db/*"], message: "server/domain must not touch the database." },
      ],
    }],
  },
};

// Prisma 7 batches the findUnique calls made in the same tick, across requests, and that batching
// has known bugs (prisma/orm#29638: a wrong or undefined result). findFirst is never batched: the
// app uses it; tests may use findUnique in sequence.
const noBatchedFindUnique = {
  files: ["server/**/*.ts", "scripts/**/*.ts", "prisma/**/*.ts", "app/**/*.ts", "app/**/*.tsx"],
  ignores: ["**/*.test.ts"],
  rules: {
    "no-restricted-syntax": ["error", {
      selector: "CallExpression > MemberExpression.callee > Identifier.property[name=/^findUnique(OrThrow)?$/]",
      message: "Use findFirst / findFirstOrThrow: Prisma batches same-tick findUnique calls (prisma/orm#29638).",
    }],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  domainPurity,
  noBatchedFindUnique,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "server/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
