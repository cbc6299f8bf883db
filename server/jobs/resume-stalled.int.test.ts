import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { makeUser } from "@/tests/integration/callers";
import { jobSenderFor } from "./enqueue";
import { JOB } from "./job-names";
import { jobSchemaFor } from "./job-schema";
import { prepareJobSchema } from "./queues";
import { resumeStalled } from "./resume-stalled";

let tdb: TestDatabase;
let jobSchema: string;

beforeAll(async () => {
  tdb = await createTestDatabase();
  jobSchema = jobSchemaFor(tdb.url);
  await prepareJobSchema(tdb.url, jobSchema);
});
afterAll(() => tdb.drop());

const jobsOf = async (name: string) =>
  tdb.prisma.$queryRawUnsafe<{ data: Record<string, string> }[]>(`SELECT data FROM "${jobSchema}".job WHERE name = $1`, name);

describe("sends whose job was lost", () => {
  it("are queued again once, however many times the check runs; recent and finished ones are left alone", async () => {
    const user = await makeUser(tdb.prisma, "stalled");
    const hook = await tdb.prisma.webhook.create({ data: { userId: user.id, url: "https://hooks.example/x", events: ["alert.incident"], secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" } });
    const old = new Date(Date.now() - 60 * 60_000);
    await tdb.prisma.webhookDelivery.createMany({ data: [
      { id: "msg_stalled", webhookId: hook.id, eventType: "alert.incident", payload: "{}", status: "pending", createdAt: old },
      { id: "msg_retry_lost", webhookId: hook.id, eventType: "alert.incident", payload: "{}", status: "pending", attempts: 2, nextAttemptAt: old, createdAt: old },
      { id: "msg_fresh", webhookId: hook.id, eventType: "alert.incident", payload: "{}", status: "pending" },
      { id: "msg_done", webhookId: hook.id, eventType: "alert.incident", payload: "{}", status: "succeeded", createdAt: old },
    ] });
    await tdb.prisma.emailMessage.createMany({ data: [
      { userId: user.id, kind: "digest", to: user.email, subject: "lost", text: "t", html: "h", status: "queued", createdAt: old },
      { userId: user.id, kind: "digest", to: user.email, subject: "outbox", text: "t", html: "h", status: "outbox", createdAt: old },
    ] });
    const jobs = jobSenderFor(jobSchema);
    expect(await resumeStalled(tdb.prisma, jobs)).toEqual({ deliveries: 2, emails: 1 });
    await resumeStalled(tdb.prisma, jobs);
    expect((await jobsOf(JOB.webhook)).map((j) => j.data.deliveryId).sort()).toEqual(["msg_retry_lost", "msg_stalled"]);
    expect(await jobsOf(JOB.email)).toHaveLength(1);
  });
});
