import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  allowedDevOrigins: ["127.0.0.1"],
  // Lets several dev servers share one checkout (each with its own output folder).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "ioredis", "highs", "pg-boss", "nodemailer"],
  // Security headers on every response, API routes and files included. The CSP here allows no
  // inline script; proxy.ts replaces it on every page with one carrying a per-request nonce.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      // Pages whose address carries a secret token — share links (DESIGN §13), invitations and
      // unsubscribe links: never indexed, and the token never leaves in a Referer. Listed after
      // the app-wide rule, whose Referrer-Policy they replace.
      ...["/s/:path*", "/invite/:path*", "/unsubscribe/:path*"].map((source) => ({
        source, headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }, { key: "Referrer-Policy", value: "no-referrer" }],
      })),
    ];
  },
};

export default nextConfig;
