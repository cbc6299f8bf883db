import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import { ZSignInInput } from "@/lib/schemas/auth";
import { getPrisma } from "@/server/db/client";
import { verifyCredentials } from "@/server/services/account-service";
import { logger } from "@/server/observability/logger";
import { linkOAuthUser } from "./oauth-user";

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
  session: { strategy: "jwt" },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error: (error) => (isWrongCredentials(error) ? undefined : logger.error({ err: error }, "auth error")),
    warn: (code) => logger.warn({ code }, "auth warning"),
    debug: () => undefined,
  },
  providers: oauthEnabled ? [credentials, GitHub] : [credentials],
  callbacks: {
    async jwt({ token, user, account }) {
      if (account && account.provider !== "credentials" && token.email) {
        token.sub = await linkOAuthUser(getPrisma(), token.email, token.name ?? token.email);
      } else if (user?.id) {
        token.sub = user.id;
      }
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
} satisfies NextAuthConfig;

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
export const oauthProviders = oauthEnabled ? [{ id: "github", name: "GitHub" }] : [];
