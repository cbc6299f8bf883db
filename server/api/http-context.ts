import { auth } from "@/server/auth/config";
import { getPrisma } from "@/server/db/client";
import { clientIpFrom } from "@/lib/client-ip";
import type { Context, SessionUser } from "./trpc";

/** Context for a request that came over HTTP: the session is read only when a procedure asks. */
export function createHttpContext(req: Request): Context {
  let session: Promise<SessionUser | null> | undefined;
  return {
    db: getPrisma(),
    getSessionUser: () => {
      session ??= auth().then((s) => (s?.user?.id ? { id: s.user.id, email: s.user.email, name: s.user.name } : null));
      return session;
    },
    clientIp: clientIpFrom(req.headers),
  };
}
