/**
 * The app's HTTP server (run by scripts/start.ts): Next.js behind a thin layer that knows the
 * socket, which Next's route handlers never see. It stamps the client's IP (lib/client-ip.ts),
 * refuses declared bodies over the ceiling before Next reads them, and paths that do not decode.
 *
 * Env: HOST (127.0.0.1), PORT (3000), TRUST_PROXY_HOPS (0: X-Forwarded-For is ignored).
 */
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { markClientIpStamping, trustProxyHopsFrom } from "@/lib/client-ip";
import { refuseOversizedBody } from "./body-ceiling";
import { refuseMalformedPath } from "./malformed-path";
import { stampClientIp } from "./stamp-client-ip";

const ROOT = path.resolve(fileURLToPath(new URL("../../", import.meta.url)));
const hostname = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT) || 3000;
const trustProxyHops = trustProxyHopsFrom(process.env.TRUST_PROXY_HOPS);

const app = next({ dev: false, dir: ROOT, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();
markClientIpStamping();

const server = createServer((req, res) => {
  stampClientIp(req, trustProxyHops);
  if (refuseOversizedBody(req, res) || refuseMalformedPath(req, res)) return;
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`[serve] listening on http://${hostname}:${port}${trustProxyHops ? ` (trusting ${trustProxyHops} proxy hop(s) of X-Forwarded-For)` : ""}`);
});

function stop(): void {
  server.close(() => void app.close().finally(() => process.exit(0)));
  // Keep-alive connections would hold close() open.
  server.closeAllConnections();
}
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
