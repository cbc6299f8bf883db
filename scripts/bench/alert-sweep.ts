/**
 * The daily alert sweep (the notifications issue: ≤ 60 s on one core): 10,000 users × 1 portfolio
 * × 20 positions, each with covers (some expiring within 30 days), sized, turned into alerts and
 * diffed against what was last notified — notices recorded, nothing sent (every channel off).
 * Then webhook delivery throughput: signed POSTs to a receiver on loopback, one attempt each.
 * Run: `npx tsx scripts/bench/alert-sweep.ts` (SWEEP_USERS to change the count).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { addDays, todayUtc } from "@/lib/format/calendar";
import type { Prisma } from "@/server/db/generated/client";
import { createDeliveries, attemptDelivery } from "@/server/notifications/webhook-delivery";
import { sweepDueUsers } from "@/server/services/alert-sweep-service";
import { openBenchDatabase, type BenchDatabase } from "./bench-database";
import { runIfMain } from "./run-directly";

const USERS = Number(process.env.SWEEP_USERS ?? 10_000);
const POSITIONS = 20;
const COVERS = 5;
const TARGET_S = 60;
const DELIVERIES = 500;
const VENUES = ["aave-v3", "lido", "compound-v3", "morpho", "curve-dex", "uniswap-v3", "spark", "eigenlayer"];

async function inChunks<T>(rows: T[], size: number, write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function seed(target: BenchDatabase, today: string): Promise<void> {
  const { db } = target;
  const users = Array.from({ length: USERS }, (_, u) => ({ id: `su${u}`, email: `sweep-${u}@bench.coverdesk.test`, name: `User ${u}`, passwordHash: "not-used" }));
  await inChunks(users, 5000, (data) => db.user.createMany({ data }));
  await inChunks(users.map((u) => ({ userId: u.id, emailEnabled: false, webhooksEnabled: false })), 5000, (data) => db.notificationPreference.createMany({ data }));
  await inChunks(users.map((u, i) => ({ id: `sp${i}`, createdById: u.id, name: `Treasury ${i}` })), 5000, (data) => db.portfolio.createMany({ data }));
  await inChunks(users.map((u, i) => ({ portfolioId: `sp${i}`, userId: u.id, role: "owner" as const })), 5000, (data) => db.portfolioMember.createMany({ data }));
  const positions: Prisma.PositionCreateManyInput[] = [];
  const covers: Prisma.CoverCreateManyInput[] = [];
  const links: { coverId: string; positionId: string }[] = [];
  for (let u = 0; u < USERS; u++) {
    for (let p = 0; p < POSITIONS; p++) {
      positions.push({
        id: `s${u}p${p}`, portfolioId: `sp${u}`, label: `Position ${p}`, asset: "USDC", assetKind: "stablecoin", chain: "ethereum",
        venueKind: "defi", venue: VENUES[(u + p) % VENUES.length]!, valueUsd: String(5_000 + ((u * 7919 + p * 104729) % 400_000)),
      });
    }
    for (let c = 0; c < COVERS; c++) {
      const id = `s${u}c${c}`;
      covers.push({
        id, portfolioId: `sp${u}`, productName: `Cover ${c}`, coverageType: "protocol_exploit", amountUsd: String(20_000 + ((u * 31 + c * 17) % 150_000)),
        startsAt: new Date(`${addDays(today, -200)}T00:00:00Z`), expiresAt: new Date(`${addDays(today, 3 + ((u + c * 11) % 90))}T00:00:00Z`), claimWindowDays: 30,
      });
      for (const p of [c * 4, c * 4 + 1, c * 4 + 2]) links.push({ coverId: id, positionId: `s${u}p${p}` });
    }
  }
  await inChunks(positions, 5000, (data) => db.position.createMany({ data }));
  await inChunks(covers, 5000, (data) => db.cover.createMany({ data }));
  await inChunks(links, 10000, (data) => db.coverPosition.createMany({ data }));
}

async function benchDeliveries(target: BenchDatabase): Promise<void> {
  const previous = process.env.WEBHOOK_ALLOW_PRIVATE;
  process.env.WEBHOOK_ALLOW_PRIVATE = "1";
  let received = 0;
  const receiver = createServer((req, res) => {
    req.resume();
    req.on("end", () => { received++; res.writeHead(204).end(); });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  try {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
    await target.db.webhook.create({ data: { userId: "su0", url, events: ["alert.incident"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } });
    const ids = await createDeliveries(target.db, "su0", Array.from({ length: DELIVERIES }, (_, i) => ({ type: "alert.incident" as const, data: { n: i } })), new Date());
    const started = performance.now();
    const queue = [...ids];
    // As the worker does: ten at a time.
    await Promise.all(Array.from({ length: 10 }, async () => {
      for (let id = queue.shift(); id; id = queue.shift()) await attemptDelivery(target.db, id, { allowPrivate: true, production: false });
    }));
    const seconds = (performance.now() - started) / 1000;
    const ok = await target.db.webhookDelivery.count({ where: { status: "succeeded" } });
    console.log(`webhook delivery: ${ok}/${DELIVERIES} signed POSTs delivered to a loopback receiver (${received} received) in ${seconds.toFixed(2)} s — ${(DELIVERIES / seconds).toFixed(0)} deliveries/s, 10 in flight`);
  } finally {
    receiver.close();
    if (previous === undefined) delete process.env.WEBHOOK_ALLOW_PRIVATE;
    else process.env.WEBHOOK_ALLOW_PRIVATE = previous;
  }
}

export async function benchAlertSweep(): Promise<void> {
  const target = await openBenchDatabase();
  try {
    const today = todayUtc();
    const seeding = performance.now();
    await seed(target, today);
    console.log(`alert sweep: seeded ${USERS} users × 1 portfolio × ${POSITIONS} positions, ${COVERS} covers each, in ${((performance.now() - seeding) / 1000).toFixed(1)} s (${target.where})`);
    const deps = { jobs: async () => null, mail: { smtpUrl: null, from: "bench", baseUrl: "http://localhost:3000" }, unsubscribeSecret: "bench", now: new Date(`${today}T23:00:00Z`) };
    const started = performance.now();
    const totals = await sweepDueUsers(target.db, deps);
    const seconds = (performance.now() - started) / 1000;
    console.log(`alert sweep: ${totals.users} users swept (${totals.failed} failed), ${totals.notices} notices recorded, nothing sent, in ${seconds.toFixed(1)} s — ${(seconds * 1000 / USERS).toFixed(2)} ms per user — target ≤ ${TARGET_S} s: ${seconds <= TARGET_S ? "met" : "MISSED"}`);
    const again = performance.now();
    const second = await sweepDueUsers(target.db, { ...deps, now: new Date(deps.now.getTime() + 3_600_000) });
    console.log(`alert sweep, same day again: ${second.users} users due (each swept once a day) in ${((performance.now() - again) / 1000).toFixed(2)} s`);
    await benchDeliveries(target);
  } finally {
    await target.close();
  }
}

runIfMain(import.meta.url, benchAlertSweep);
