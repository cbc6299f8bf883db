import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { PrismaClient } from "@/server/db/generated/client";
import type { Role } from "@/server/domain/access/roles";
import { auditRouter } from "@/server/api/routers/audit";
import { createCallerFactory, createContextInner, createTRPCRouter } from "@/server/api/trpc";
import { AUDIT_EXPORT_MAX_ROWS } from "@/lib/schemas/audit";
import { appendAudit, type AuditWrite } from "@/server/repositories/audit-repository";
import { createPosition, deletePosition, updatePosition } from "@/server/services/position-service";
import { describeEntry } from "@/server/domain/audit/describe-entry";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";

// The audit router on its own: these tests do not depend on root.ts or portfolio.create.
const createCaller = createCallerFactory(createTRPCRouter({ audit: auditRouter }));
const callerFor = (db: PrismaClient, userId: string | null) =>
  createCaller(createContextInner({ db, getSessionUser: async () => (userId ? { id: userId } : null) }));
type Caller = ReturnType<typeof callerFor>;

type Failure = { code: string; fields: string[] };
async function failureOf(call: Promise<unknown>): Promise<Failure | null> {
  try {
    await call;
    return null;
  } catch (e) {
    const err = e as { code?: string; field?: string; cause?: unknown };
    const fields = err.field ? [err.field] : err.cause instanceof ZodError ? [...new Set(err.cause.issues.map((i) => i.path.join(".")))] : [];
    return { code: err.code ?? "UNKNOWN", fields };
  }
}

let tdb: TestDatabase;
let seq = 0;
type User = { id: string; email: string; caller: Caller };

async function makeUser(name: string): Promise<User> {
  seq += 1;
  const email = `${name}-${seq}-${Math.random().toString(36).slice(2, 8)}@audit.coverdesk.test`;
  const user = await tdb.prisma.user.create({ data: { email, name, passwordHash: "not-used" }, select: { id: true, email: true } });
  return { ...user, caller: callerFor(tdb.prisma, user.id) };
}

async function makePortfolio(owner: User, others: [User, Role][] = [], name = `Audited ${++seq}`): Promise<string> {
  const { id } = await tdb.prisma.portfolio.create({ data: { createdById: owner.id, name }, select: { id: true } });
  await tdb.prisma.portfolioMember.createMany({ data: [{ portfolioId: id, userId: owner.id, role: "owner" }, ...others.map(([u, role]) => ({ portfolioId: id, userId: u.id, role }))] });
  return id;
}

const append = (entries: AuditWrite | AuditWrite[]) => tdb.prisma.$transaction((tx) => appendAudit(tx, entries));

const POSITION = { label: "Aave USDC", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "100000" } as const;

let alice: User, bob: User, dave: User;

beforeAll(async () => {
  tdb = await createTestDatabase();
  alice = await makeUser("Alice");
  bob = await makeUser("Bob");
  dave = await makeUser("Dave");
});
afterAll(() => tdb.drop());

describe("audit.list", () => {
  it("lists real writes newest first, naming the position even after it is deleted, for a viewer too", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    const position = await createPosition(tdb.prisma, alice.id, { portfolioId, ...POSITION });
    await updatePosition(tdb.prisma, alice.id, { id: position.id, valueUsd: "125000" });

    const list = await bob.caller.audit.list({ portfolioId });
    expect(list.nextCursor).toBeNull();
    expect(list.items.map((i) => [i.action, i.entity, i.entityId])).toEqual([["update", "position", position.id], ["create", "position", position.id]]);
    const [update, create] = list.items;
    expect(update).toMatchObject({ user: { id: alice.id, name: "Alice", email: alice.email }, changes: { valueUsd: ["100000", "125000"] }, subject: "Aave USDC" });
    expect(update!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(create!.changes).toMatchObject({ label: [null, "Aave USDC"], valueUsd: [null, "100000"] });
    expect(describeEntry(update!).text).toBe("Alice updated position Aave USDC: valueUsd 100,000 → 125,000");

    await deletePosition(tdb.prisma, alice.id, position.id);
    const after = await alice.caller.audit.list({ portfolioId });
    expect(after.items.map((i) => [i.action, i.subject])).toEqual([["delete", "Aave USDC"], ["update", "Aave USDC"], ["create", "Aave USDC"]]);
  });

  it("pages by an opaque cursor through entries written in one transaction (same time), without gaps or repeats", async () => {
    const portfolioId = await makePortfolio(alice);
    const writes: AuditWrite[] = Array.from({ length: 7 }, (_, i) => ({ portfolioId, userId: alice.id, action: "update", entity: "position", entityId: `p${i}`, changes: { valueUsd: [String(i), String(i + 1)] } }));
    await append(writes.slice(0, 4));
    await append(writes.slice(4));
    const all = await tdb.prisma.auditEntry.findMany({ where: { portfolioId }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await alice.caller.audit.list({ portfolioId, limit: 3, cursor });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(all.map((r) => r.id));
  });

  it("filters by entity, names members and covers from the log or the account, and a deleted account's entries stay", async () => {
    const carol = await makeUser("Carol");
    const portfolioId = await makePortfolio(alice, [[carol, "editor"]]);
    await append({ portfolioId, userId: alice.id, action: "create", entity: "cover", entityId: "c1", changes: { productName: [null, "Yield Token Cover"], amountUsd: [null, "80000"] } });
    await append({ portfolioId, userId: alice.id, action: "update", entity: "cover", entityId: "c1", changes: { amountUsd: ["80000", "90000"] } });
    await append({ portfolioId, userId: alice.id, action: "role", entity: "member", entityId: carol.id, changes: { role: ["viewer", "editor"] } });
    await append({ portfolioId, userId: carol.id, action: "acknowledge", entity: "alert", entityId: `${portfolioId}:group:uninsured`, changes: { until: [null, "2030-01-01"] } });

    const covers = await alice.caller.audit.list({ portfolioId, entity: "cover" });
    expect(covers.items.map((i) => [i.action, i.subject])).toEqual([["update", "Yield Token Cover"], ["create", "Yield Token Cover"]]);
    const members = await alice.caller.audit.list({ portfolioId, entity: "member" });
    expect(members.items.map((i) => [i.action, i.subject])).toEqual([["role", carol.email]]);
    const alerts = await alice.caller.audit.list({ portfolioId, entity: "alert" });
    expect(alerts.items.map((i) => [i.user?.name, i.subject])).toEqual([["Carol", "uninsured (every position)"]]);

    await tdb.prisma.user.delete({ where: { id: carol.id } });
    const gone = await alice.caller.audit.list({ portfolioId, entity: "alert" });
    expect(gone.items.map((i) => i.user)).toEqual([null]);
  });

  it("is for members only: an outsider gets NOT_FOUND, anonymous UNAUTHORIZED; a bad cursor or entity is BAD_REQUEST naming it", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]]);
    await append({ portfolioId, userId: alice.id, action: "create", entity: "position", entityId: "p1", changes: { label: [null, "Secret"] } });
    expect((await failureOf(dave.caller.audit.list({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(dave.caller.audit.exportCsv({ portfolioId })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(dave.caller.audit.list({ portfolioId: "no-such-portfolio" })))?.code).toBe("NOT_FOUND");
    expect((await failureOf(callerFor(tdb.prisma, null).audit.list({ portfolioId })))?.code).toBe("UNAUTHORIZED");
    expect(await failureOf(alice.caller.audit.list({ portfolioId, cursor: "not a cursor!" }))).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
    expect(await failureOf(alice.caller.audit.list({ portfolioId, cursor: Buffer.from("yesterday|p1").toString("base64url") }))).toEqual({ code: "BAD_REQUEST", fields: ["cursor"] });
    expect(await failureOf(alice.caller.audit.list({ portfolioId, entity: "nope" as "position" }))).toEqual({ code: "BAD_REQUEST", fields: ["entity"] });
    expect(await failureOf(alice.caller.audit.list({ portfolioId, limit: 101 }))).toEqual({ code: "BAD_REQUEST", fields: ["limit"] });
    expect((await bob.caller.audit.list({ portfolioId })).items).toHaveLength(1);
  });
});

describe("audit.exportCsv", () => {
  const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;

  it("writes one row per changed field, an empty field for an entry without changes, and escapes formulas", async () => {
    const portfolioId = await makePortfolio(alice, [[bob, "viewer"]], "Team Treasury");
    const position = await createPosition(tdb.prisma, alice.id, { portfolioId, ...POSITION, label: "=HYPERLINK(\"evil\")" });
    await updatePosition(tdb.prisma, alice.id, { id: position.id, valueUsd: "125000", quantity: "5" });
    await append({ portfolioId, userId: alice.id, action: "revoke", entity: "share_link", entityId: "s1", changes: {} });

    const file = await bob.caller.audit.exportCsv({ portfolioId, entity: "position" });
    expect(file.contentType).toBe("text/csv");
    expect(file.filename).toMatch(/^team-treasury-audit-position-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file.note).toBeNull();
    const rows = parse(file.content);
    expect(rows[0]).toEqual(["at", "user_email", "user_name", "action", "entity", "entity_id", "field", "before", "after"]);
    // The fields come in the order PostgreSQL keeps a JSON object's keys.
    const update = rows.filter((r) => r[3] === "update").map((r) => r.slice(6));
    expect(update).toHaveLength(2);
    expect(update).toEqual(expect.arrayContaining([["valueUsd", "100000", "125000"], ["quantity", "", "5"]]));
    const create = rows.filter((r) => r[3] === "create");
    expect(create.length).toBeGreaterThanOrEqual(7);
    expect(create.find((r) => r[6] === "label")!.slice(7)).toEqual(["", "'=HYPERLINK(\"evil\")"]);
    expect(file.rowCount).toBe(rows.length - 1);

    const all = parse((await alice.caller.audit.exportCsv({ portfolioId })).content);
    expect(all[1]!.slice(3)).toEqual(["revoke", "share_link", "s1", "", "", ""]);
    for (const row of all) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("stops at the row cap with a note, keeping the newest entries whole", async () => {
    const portfolioId = await makePortfolio(alice);
    const count = AUDIT_EXPORT_MAX_ROWS / 2 + 1;
    // Two changed fields each, a second apart: the newest half-and-one fill the file but for the oldest entry.
    await tdb.prisma.$executeRaw`
      INSERT INTO "AuditEntry" (id, "portfolioId", "userId", at, action, entity, "entityId", changes)
      SELECT 'e' || i, ${portfolioId}, ${alice.id}, timestamp '2025-01-01' + i * interval '1 second', 'update', 'position', 'p' || i,
             jsonb_build_object('a', jsonb_build_array(i, i + 1), 'b', jsonb_build_array(i, i + 2))
      FROM generate_series(0, ${count - 1}::int) AS i`;
    const file = await alice.caller.audit.exportCsv({ portfolioId });
    expect(file.rowCount).toBe(AUDIT_EXPORT_MAX_ROWS);
    expect(file.note).toContain(`newest ${(count - 1).toLocaleString("en-US")} of ${count.toLocaleString("en-US")} entries`);
    const rows = parse(file.content);
    expect(rows).toHaveLength(AUDIT_EXPORT_MAX_ROWS + 1);
    expect(rows[1]![5]).toBe(`p${count - 1}`);
    expect(rows.at(-1)![5]).toBe("p1");
  }, 60_000);
});
