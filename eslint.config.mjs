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

const config = [
  ...nextVitals,
  ...nextTs,
  domainPurity,
  { ignores: ["node_modules/**", ".next/**", ".next-*/**", ".data/**", "server/db/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
