import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import type PgBoss from "pg-boss";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayUtc } from "@/lib/format/calendar";
import { verify } from "@/server/domain/webhooks/signature";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser } from "@/tests/integration/callers";
import { JOB } from "./job-names";
import { jobSchemaFor } from "./job-schema";
import { prepareJobSchema } from "./queues";
import { requestSweep, startWorker } from "./worker";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

let tdb: TestDatabase;
let jobSchema: string;
const mails: string[] = [];
const posts: { headers: IncomingHttpHeaders; body: string; answered: number }[] = [];
let smtp: SMTPServer;
let receiver: ReturnType<typeof createServer>;
let receiverUrl: string;
const workers: PgBoss[] = [];
const savedEnv = { ...process.env };

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  jobSchema = jobSchemaFor(tdb.url);
  await prepareJobSchema(tdb.url, jobSchema);

  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ["STARTTLS"],
    onData(stream, _session, done) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => { mails.push(raw); done(); });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  // A real endpoint: it answers the first delivery with a 500, every later one with 204.
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString("utf8")));
    req.on("end", () => {
      const answered = posts.length === 0 ? 500 : 204;
      posts.push({ headers: req.headers, body, answered });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/coverdesk`;

  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  process.env.APP_URL = "https://coverdesk.example";
}, 60_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop({ graceful: false, wait: true })));
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
  process.env = savedEnv;
  await tdb.drop();
});

describe("the worker: two instances, real SMTP, a real webhook endpoint", () => {
  it("sweeps once however many workers ask, e-mails one digest, delivers each webhook event signed and retries after a 500", async () => {
    const user = await makeUser(tdb.prisma, "treasurer");
    const caller = callerFor(tdb.prisma, user.id);
    const portfolio = await caller.portfolio.create({ name: "Treasury" });
    const aave = await caller.position.create({ portfolioId: portfolio.id, label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" });
    await caller.position.create({ portfolioId: portfolio.id, label: "Curve 3pool", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "curve-dex", valueUsd: "50000" });
    await caller.cover.create({ portfolioId: portfolio.id, productName: "Protocol Cover", coverageType: "protocol_exploit", amountUsd: "100000", startsAt: "2026-01-01", expiresAt: addDays(todayUtc(), 6), positionIds: [aave.id] });
    // Due at any hour of the day (digest hour 0).
    await tdb.prisma.notificationPreference.create({ data: { userId: user.id, digestHour: 0 } });
    await tdb.prisma.webhook.create({ data: { userId: user.id, url: receiverUrl, events: ["alert.cover_expiring", "alert.uninsured_gap"], secret: SECRET } });

    for (let i = 0; i < 2; i++) {
      workers.push(await startWorker({ databaseUrl: tdb.url, schema: jobSchema, db: tdb.prisma, pollingIntervalSeconds: 0.5, webhookRetryScale: 0.1 }));
    }
    // Both instances ask for the start-up sweep: one job.
    await Promise.all(workers.map((w) => requestSweep(w)));
    const sweepJobs = async () => Number((await tdb.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${jobSchema}".job WHERE name = $1`, JOB.sweep))[0]?.n);
    expect(await sweepJobs()).toBe(1);
    // Each instance schedules the sweep; pg-boss keeps one schedule per name.
    expect((await workers[0]!.getSchedules()).filter((s) => s.name === JOB.sweep)).toHaveLength(1);

    await until(() => mails.length >= 1 && posts.filter((p) => p.answered === 204).length >= 2, 30_000);
    // And a duplicate sweep job (an operator's manual run) finds nothing new to send.
    await workers[1]!.send(JOB.sweep, {});
    await until(async () => (await tdb.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${jobSchema}".job WHERE name = $1 AND state = 'completed'`, JOB.sweep))[0]?.n === 2n, 30_000);
    await new Promise((r) => setTimeout(r, 1500));

    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/Subject: .*CoverDesk/);
    expect(mails[0]).toContain("Aave USDC");
    expect(mails[0]).toMatch(/List-Unsubscribe:\s+<https:\/\/coverdesk\.example\/unsubscribe\//);

    // Two events; the first answered 500 and was delivered again, with the same id, on retry.
    expect(posts).toHaveLength(3);
    for (const post of posts) expect(verify(post.headers, post.body, SECRET)).toEqual({ ok: true });
    expect(posts[1]!.headers["webhook-id"] === posts[0]!.headers["webhook-id"] || posts[2]!.headers["webhook-id"] === posts[0]!.headers["webhook-id"]).toBe(true);
    expect(new Set(posts.map((p) => (JSON.parse(p.body) as { type: string }).type))).toEqual(new Set(["alert.cover_expiring", "alert.uninsured_gap"]));
    const deliveries = await tdb.prisma.webhookDelivery.findMany({ orderBy: { attempts: "asc" } });
    expect(deliveries.map((d) => `${d.status}:${d.attempts}`)).toEqual(["succeeded:1", "succeeded:2"]);
    expect((await tdb.prisma.emailMessage.findFirstOrThrow({ where: { userId: user.id } })).status).toBe("sent");
  }, 90_000);
});
