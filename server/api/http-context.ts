import { auth } from "@/server/auth/config";
import { withSessionCheck } from "@/server/auth/session-state";
import { getPrisma } from "@/server/db/client";
import { clientIpFrom } from "@/lib/client-ip";
import type { Context, SessionUser } from "./trpc";

/** Context for a request that came over HTTP: the session is read only when a procedure asks. */
export function createHttpContext(req: Request): Context {
  return createHeadersContext(req.headers);
}

/** The same from a request's headers alone, as a server component sees them (lib/trpc/server.tsx). */
export function createHeadersContext(headers: Headers): Context {
  let session: Promise<SessionUser | null> | undefined;
  return {
    db: getPrisma(),
    getSessionUser: () => {
      // A session check that failed (database down) is a 503 to retry, not "please sign in".
      session ??= withSessionCheck(() => auth()).then(({ result: s, checkError }) => {
        if (checkError) throw checkError;
        return s?.user?.id ? { id: s.user.id, email: s.user.email, name: s.user.name } : null;
      });
      return session;
    },
    clientIp: clientIpFrom(headers),
  };
}
