// `npm run worker`: the background jobs (DESIGN §12) — the alert sweep every 10 minutes, e-mail
// sends, webhook deliveries with retries, and the daily INCIDENT_FEED_URL import. `npm start`
// runs one beside the app (WORKER=off to skip it); run more instances, on the same DATABASE_URL,
// with this command: each job still runs once.
import "dotenv/config";
import { createPrismaClient } from "@/server/db/client";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { requestSweep, startWorker } from "@/server/jobs/worker";
import { logger } from "@/server/observability/logger";
import { importIncidents, readSource } from "./incidents-import";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("[worker] DATABASE_URL is not set: the worker runs on the app's PostgreSQL (npm start sets it for the one it starts).");
  process.exit(1);
}

const db = createPrismaClient(url, { poolSize: 4 });
const feed = process.env.INCIDENT_FEED_URL;
const boss = await startWorker({
  databaseUrl: url,
  schema: jobSchemaFor(url),
  db,
  importIncidentFeed: feed ? async () => JSON.stringify(await importIncidents(db, JSON.parse(await readSource(feed)) as unknown)) : undefined,
});
await requestSweep(boss);
logger.info({ feed: Boolean(feed) }, "worker started");

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => undefined);
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
