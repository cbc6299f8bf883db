import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { ZSignInInput } from "@/lib/schemas/auth";
import { getPrisma } from "@/server/db/client";
import { verifyCredentials } from "@/server/services/account-service";
import { logger } from "@/server/observability/logger";
import { linkOAuthUser } from "./oauth-user";
import { encodeSessionToken } from "./session-jwt";
import { currentSessionClaims, reportSessionCheckError, revokeSession, sessionVersionOf } from "./session-state";
import { newSessionClaims, SESSION_LIFETIME_SEC, sessionClaimsOf, sessionExpiresAt } from "./session-token";

const credentials = Credentials({
  credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
  async authorize(raw) {
    const parsed = ZSignInInput.safeParse(raw);
    if (!parsed.success) return null;
    return verifyCredentials(getPrisma(), parsed.data.email, parsed.data.password);
  },
});

/**
 * A failed credentials sign-in. Not `error.name`: the production bundle minifies class names.
 * `type` is a string @auth/core sets on each of its errors, so it survives minification too.
 */
export function isWrongCredentials(error: Error): boolean {
  return error instanceof CredentialsSignin || (error as { type?: unknown }).type === CredentialsSignin.type;
}

const oauthEnabled = Boolean(process.env.AUTH_GITHUB_ID && process.env.AUTH_GITHUB_SECRET);

export const authConfig = {
  trustHost: true,
  // 30 days from sign-in, never renewed: the encoder keeps `exp` at sign-in + 30 days (DESIGN §16).
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_SEC },
  jwt: { encode: encodeSessionToken },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error: (error) => (isWrongCredentials(error) ? undefined : logger.error({ err: error }, "auth error")),
    warn: (code) => logger.warn({ code }, "auth warning"),
    debug: () => undefined,
  },
  providers: oauthEnabled ? [credentials, GitHub] : [credentials],
  events: {
    // A plain sign-out ends that session on every instance, not just in this browser.
    async signOut(message) {
      if ("token" in message) await revokeSession(getPrisma(), message.token);
    },
  },
  callbacks: {
    /**
     * Runs for every `auth()` (server components, server actions, route handlers, the tRPC
     * context) and GET /api/auth/session. At sign-in it stamps the session; afterwards a token
     * that is expired, signed in under an older session version, signed out, or whose user is
     * gone gives null: no session.
     */
    async jwt({ token, user, account }) {
      if (user) {
        const userId = account && account.provider !== "credentials" && token.email
          ? await linkOAuthUser(getPrisma(), token.email, token.name ?? token.email)
          : user.id;
        if (!userId) return null;
        const version = await sessionVersionOf(getPrisma(), userId);
        if (version === null) return null;
        return { ...token, ...newSessionClaims(userId, version) };
      }
      try {
        return (await currentSessionClaims(getPrisma(), token)) ? token : null;
      } catch (error) {
        reportSessionCheckError(error);
        return null;
      }
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      const claims = sessionClaimsOf(token);
      // The session's real end, not next-auth's "now + 30 days".
      return claims ? { ...session, expires: new Date(sessionExpiresAt(claims.signedInAt) * 1000).toISOString() } : session;
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
export const oauthProviders = oauthEnabled ? [{ id: "github", name: "GitHub" }] : [];
