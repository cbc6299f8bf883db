/**
 * A raw HTTP client for the attack tests: it picks its own source address on the loopback
 * network (127.0.0.x), so each test is a different socket address to the server, and it can
 * send whatever headers and bodies an attacker would.
 */
import { request as httpRequest } from "node:http";
import { inject } from "vitest";

/** `status` 0: the server closed the connection before the client read an answer (`error` says how). */
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number; error?: string };

export type RawRequest = {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Sends the body in pieces of `chunk` bytes, `chunks` times, without Content-Length; stops once the server answers. */
  stream?: { chunk: number; chunks: number };
  from: string;
};

export const baseUrl = () => inject("attackBaseUrl");

export function send(req: RawRequest): Promise<RawResponse> {
  const base = new URL(baseUrl());
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined && !req.stream) headers["content-length"] = String(Buffer.byteLength(req.body));
    const r = httpRequest({ host: base.hostname, port: base.port, method: req.method ?? "GET", path: req.path, headers, localAddress: req.from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8"), ms: performance.now() - started }));
      res.on("error", reject);
    });
    let answered = false;
    r.on("response", () => {
      answered = true;
    });
    r.on("error", (error: NodeJS.ErrnoException) => {
      if (answered) return;
      // A server that refuses an upload may close the connection while the client still writes;
      // the answer it sent may still arrive, else report the closed connection.
      if (req.stream && (error.code === "EPIPE" || error.code === "ECONNRESET")) {
        setTimeout(() => {
          if (!answered) resolve({ status: 0, headers: {}, body: "", ms: performance.now() - started, error: error.code });
        }, 300);
        return;
      }
      reject(error);
    });
    if (req.stream) {
      const piece = Buffer.alloc(req.stream.chunk, 0x20);
      let sent = 0;
      const pump = () => {
        while (!answered && sent < req.stream!.chunks) {
          sent += 1;
          if (!r.write(piece)) return void r.once("drain", pump);
        }
        r.end();
      };
      pump();
    } else {
      r.end(req.body);
    }
  });
}

export const cookiesOf = (res: RawResponse): string =>
  ([] as string[]).concat(res.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");

/** A CSRF token and its cookie, as a browser gets them. */
export async function csrfFor(from: string): Promise<{ token: string; cookie: string }> {
  const res = await send({ path: "/api/auth/csrf", from });
  return { token: (JSON.parse(res.body) as { csrfToken: string }).csrfToken, cookie: cookiesOf(res) };
}

export function signInAttempt(from: string, csrf: { token: string; cookie: string }, email: string, password: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return send({
    method: "POST", path: "/api/auth/callback/credentials", from,
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: csrf.cookie },
    body: new URLSearchParams({ email, password, csrfToken: csrf.token }).toString(),
  });
}

/** Signs up over tRPC and signs in; returns the session cookie header. */
export async function newSignedInUser(from: string, label: string): Promise<{ email: string; password: string; cookie: string }> {
  const email = `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@attack.coverdesk.test`;
  const password = "a-long-attack-password-42";
  const signUp = await send({ method: "POST", path: "/api/trpc/auth.signUp", from, headers: { "content-type": "application/json" }, body: JSON.stringify({ email, name: label, password }) });
  if (signUp.status !== 200) throw new Error(`sign-up failed: ${signUp.status} ${signUp.body}`);
  const csrf = await csrfFor(from);
  const res = await signInAttempt(from, csrf, email, password);
  const cookie = [csrf.cookie, cookiesOf(res)].filter(Boolean).join("; ");
  if (!cookie.includes("session-token")) throw new Error(`sign-in failed: ${res.status}`);
  return { email, password, cookie };
}

export const trpcError = (res: RawResponse): { message: string; code?: string } => {
  const parsed = JSON.parse(res.body) as unknown;
  const first = (Array.isArray(parsed) ? parsed[0] : parsed) as { error: { message: string; data?: { code?: string } } };
  return { message: first.error.message, code: first.error.data?.code };
};

/** Signs the session out as a browser does (with its CSRF token); the old cookie is then a replay. */
export async function signOutOver(from: string, sessionCookie: string): Promise<RawResponse> {
  const csrfRes = await send({ path: "/api/auth/csrf", from, headers: { cookie: sessionCookie } });
  const csrfToken = (JSON.parse(csrfRes.body) as { csrfToken: string }).csrfToken;
  const cookie = [sessionCookie, cookiesOf(csrfRes)].filter(Boolean).join("; ");
  return send({
    method: "POST", path: "/api/auth/signout", from,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams({ csrfToken }).toString(),
  });
}
