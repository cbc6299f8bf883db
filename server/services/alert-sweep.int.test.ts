import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "@/lib/format/calendar";
import { jobSenderFor } from "@/server/jobs/enqueue";
import { jobSchemaFor } from "@/server/jobs/job-schema";
import { prepareJobSchema } from "@/server/jobs/queues";
import type { MailConfig } from "@/server/notifications/mailer";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { callerFor, makeUser, type Caller } from "@/tests/integration/callers";
import { sweepDueUsers, sweepUser, type SweepDeps } from "./alert-sweep-service";

let tdb: TestDatabase;
let alice: { id: string; caller: Caller };
let bob: { id: string; caller: Caller };
let deps: (now: Date) => SweepDeps;
let jobSchema: string;

/** 09:30 UTC on a fixed day: the default digest hour (08:00 UTC) has passed. */
const NOW = new Date("2026-12-10T09:30:00Z");
const TODAY = "2026-12-10";
const OUTBOX: MailConfig = { smtpUrl: null, from: "CoverDesk <alerts@coverdesk.local>", baseUrl: "https://coverdesk.example" };

async function holdings(caller: Caller, name: string) {
  const portfolio = await caller.portfolio.create({ name });
  const position = (label: string, venue: string, valueUsd: string) => caller.position.create({
    portfolioId: portfolio.id, label, asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue, valueUsd,
  });
  const aave = await position("Aave USDC", "aave-v3", "100000");
  const curve = await position("Curve 3pool", "curve-dex", "50000");
  await position("Small Morpho", "morpho", "5000");
  await caller.cover.create({
    portfolioId: portfolio.id, productName: "Protocol Cover", coverageType: "protocol_exploit", amountUsd: "100000",
    startsAt: "2026-06-01", expiresAt: addDays(TODAY, 20), positionIds: [aave.id],
  });
  return { portfolioId: portfolio.id, aave, curve };
}

async function jobCount(name: string): Promise<number> {
  const rows = await tdb.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${jobSchema}".job WHERE name = $1`, name);
  return Number(rows[0]?.n ?? 0);
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  jobSchema = jobSchemaFor(tdb.url);
  await prepareJobSchema(tdb.url, jobSchema);
  deps = (now) => ({ jobs: jobSenderFor(jobSchema), mail: OUTBOX, unsubscribeSecret: "sweep-test-secret", now });
  const a = await makeUser(tdb.prisma, "alice");
  const b = await makeUser(tdb.prisma, "bob");
  alice = { id: a.id, caller: callerFor(tdb.prisma, a.id) };
  bob = { id: b.id, caller: callerFor(tdb.prisma, b.id) };
});
afterAll(() => tdb.drop());

describe("the daily alert sweep against a real database, with a fixed clock", () => {
  it("notifies each new alert once — by digest and webhook — and a second run sends nothing new", async () => {
    const held = await holdings(alice.caller, "Treasury");
    await holdings(bob.caller, "Bob's");
    await tdb.prisma.notificationPreference.create({ data: { userId: bob.id, digestHour: 10 } }); // not due before 10:00
    await tdb.prisma.webhook.create({ data: { userId: alice.id, url: "https://hooks.example/alerts", events: ["alert.cover_expiring", "alert.uninsured_gap"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } });

    const totals = await sweepDueUsers(tdb.prisma, deps(NOW));
    expect(totals).toEqual({ users: 1, notices: 2, emails: 1, webhookDeliveries: 2, failed: 0 });

    const notices = await tdb.prisma.alertNotice.findMany({ where: { userId: alice.id }, orderBy: { alertKey: "asc" } });
    expect(notices.map((n) => `${n.alertKey}|${n.until}|${n.stage}`).sort()).toEqual([
      `${held.portfolioId}:${held.aave.id}:expiring_soon|${addDays(TODAY, 20)}|30`,
      `${held.portfolioId}:${held.curve.id}:uninsured|null|0`,
    ].sort());
    const mail = await tdb.prisma.emailMessage.findMany({ where: { userId: alice.id } });
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ kind: "digest", status: "outbox" });
    expect(mail[0]?.text).toContain("Aave USDC");
    expect(mail[0]?.text).toContain("Curve 3pool");
    expect(mail[0]?.text).not.toContain("Small Morpho"); // 5,000 uninsured is under the 10,000 threshold
    const deliveries = await tdb.prisma.webhookDelivery.findMany({ orderBy: { eventType: "asc" } });
    expect(deliveries.map((d) => d.eventType)).toEqual(["alert.cover_expiring", "alert.uninsured_gap"]);
    expect(JSON.parse(deliveries[0]!.payload)).toMatchObject({ type: "alert.cover_expiring", data: { stage: 30, daysLeft: 20, reason: "new" } });
    // The deliveries' jobs were queued in the same transaction; the outbox e-mail needs none.
    expect(await jobCount("webhook-deliver")).toBe(2);
    expect(await jobCount("email-send")).toBe(0);

    // Same day again: alice is not due; forced, her sweep finds nothing new.
    // At 11:00 it is bob's turn (digest hour 10): only he is swept.
    expect(await sweepDueUsers(tdb.prisma, deps(new Date("2026-12-10T11:00:00Z")))).toMatchObject({ users: 1, notices: 2 });
    expect(await tdb.prisma.emailMessage.count({ where: { userId: bob.id } })).toBe(1);
    expect(await sweepUser(tdb.prisma, alice.id, deps(NOW))).toEqual({ notices: 0, email: null, webhookDeliveries: 0 });
    expect(await tdb.prisma.emailMessage.count({ where: { userId: alice.id } })).toBe(1);
    expect(await jobCount("webhook-deliver")).toBe(2);
  });

  it("escalates an expiry at 7 days, once; acknowledged alerts are not sent", async () => {
    const day = (d: string) => new Date(`${d}T09:30:00Z`);
    // Thirteen days on, the cover expires in 7 days.
    const at7 = await sweepUser(tdb.prisma, alice.id, deps(day(addDays(TODAY, 13))));
    expect(at7.notices).toBe(1);
    const digest = await tdb.prisma.emailMessage.findFirstOrThrow({ where: { userId: alice.id }, orderBy: { createdAt: "desc" } });
    expect(digest.subject).toMatch(/7 days/);
    expect((await sweepUser(tdb.prisma, alice.id, deps(day(addDays(TODAY, 14))))).notices).toBe(0);

    // Acknowledged until after expiry: the 1-day stage is not sent.
    const key = (await tdb.prisma.alertNotice.findFirstOrThrow({ where: { userId: alice.id, stage: 7 } })).alertKey;
    await alice.caller.alert.acknowledge({ key, until: addDays(TODAY, 25) });
    expect((await sweepUser(tdb.prisma, alice.id, deps(day(addDays(TODAY, 19))))).notices).toBe(0);
    expect((await tdb.prisma.alertNotice.findUniqueOrThrow({ where: { userId_alertKey: { userId: alice.id, alertKey: key } } })).stage).toBe(7);
  });

  it("sends nothing by a channel the user turned off, and still records the notice", async () => {
    const carol = await makeUser(tdb.prisma, "carol");
    await holdings(callerFor(tdb.prisma, carol.id), "Carol's");
    await tdb.prisma.notificationPreference.create({ data: { userId: carol.id, emailEnabled: false, webhooksEnabled: false } });
    const outcome = await sweepUser(tdb.prisma, carol.id, deps(NOW));
    expect(outcome).toEqual({ notices: 2, email: null, webhookDeliveries: 0 });
    expect(await tdb.prisma.emailMessage.count({ where: { userId: carol.id } })).toBe(0);
    expect(await tdb.prisma.alertNotice.count({ where: { userId: carol.id } })).toBe(2);
  });

  it("two sweeps of one user at once send one digest", async () => {
    const dave = await makeUser(tdb.prisma, "dave");
    await holdings(callerFor(tdb.prisma, dave.id), "Dave's");
    const [a, b] = await Promise.all([sweepUser(tdb.prisma, dave.id, deps(NOW)), sweepUser(tdb.prisma, dave.id, deps(NOW))]);
    expect([a.notices, b.notices].sort()).toEqual([0, 2]);
    expect(await tdb.prisma.emailMessage.count({ where: { userId: dave.id } })).toBe(1);
  });
});
