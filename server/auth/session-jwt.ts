import { encode as authEncode, type JWTEncodeParams } from "next-auth/jwt";
import { nowSec, remainingLifetimeSec, sessionClaimsOf } from "./session-token";

/**
 * next-auth re-encodes the session token on every session read (`auth()`, GET /api/auth/session)
 * with `exp = now + maxAge`. This encoder keeps `exp` at sign-in + 30 days instead, so no
 * request can extend a session. A token without a sign-in time keeps next-auth's behaviour (it
 * is refused by the jwt callback anyway).
 *
 * Auth.js computes `exp` from its own clock inside `encode`; when a second boundary passes
 * during the call, `exp` would be one second later than intended, so the token is encoded again.
 */
export async function encodeSessionToken(params: JWTEncodeParams, now: () => number = nowSec): Promise<string> {
  const claims = sessionClaimsOf(params.token);
  if (!claims) return authEncode(params);
  for (let attempt = 0; ; attempt += 1) {
    const before = now();
    const token = await authEncode({ ...params, maxAge: remainingLifetimeSec(claims.signedInAt, before) });
    if (now() === before || attempt >= 4) return token;
  }
}
