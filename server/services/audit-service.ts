// audit.list / audit.exportCsv (DESIGN §13): a portfolio's audit log, for any of its members.
import type { PrismaClient } from "@/server/db/generated/client";
import { badInput, notFound } from "@/server/api/errors";
import { parseAlertKey } from "@/lib/schemas/alert";
import {
  AUDIT_EXPORT_MAX_ROWS, AUDIT_PAGE_DEFAULT, type TAuditExport, type TAuditExportInput, type TAuditItem, type TAuditList, type TAuditListInput,
} from "@/lib/schemas/audit";
import { auditCsvFilename, auditCsvRows, auditCsvText } from "@/server/domain/audit/audit-csv";
import { alertCodeWords, changePairs, subjectFromChanges } from "@/server/domain/audit/describe-entry";
import { AuditReadRepository, type AuditKey, type AuditRow } from "@/server/repositories/audit-read-repository";
import { todayUtc } from "@/server/repositories/mappers";
import { requirePortfolioMember } from "./portfolio-service";

const ID = /^[\w-]{1,64}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export const encodeAuditCursor = (key: AuditKey) => Buffer.from(`${key.at.toISOString()}|${key.id}`, "utf8").toString("base64url");

/** The key a cursor carries, or null when it is not one of ours. */
export function decodeAuditCursor(cursor: string): AuditKey | null {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const [at = "", id = "", ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !ISO.test(at) || !ID.test(id)) return null;
  const time = new Date(at);
  if (Number.isNaN(time.getTime()) || time.toISOString() !== at) return null;
  return { at: time, id };
}

/** [before, after] → the newer non-empty text of the pair. */
function textOf(pair: unknown): string | null {
  if (!Array.isArray(pair)) return null;
  return [pair[1], pair[0]].find((v): v is string => typeof v === "string" && v.trim() !== "") ?? null;
}

const recorded = (changes: unknown, field: string) => textOf(changePairs(changes).find(([f]) => f === field)?.slice(1));

/**
 * A human name for each entry's row: entity ids are opaque. From the entry itself when it
 * recorded one, else from the newest entry that did (which names deleted rows too), else from
 * the row or account as it is now.
 */
async function subjectsOf(repo: AuditReadRepository, portfolioId: string, rows: readonly AuditRow[]): Promise<(string | null)[]> {
  const own = rows.map((r) => subjectFromChanges(r.entity, r.changes));
  const missing = (entity: string) => [...new Set(rows.filter((r, i) => r.entity === entity && own[i] === null).map((r) => r.entityId))];
  const alertTargets = rows.filter((r) => r.entity === "alert" && r.entityId.split(":")[1] !== "group").map((r) => parseAlertKey(r.entityId));
  const alertPositions = [...new Set(alertTargets.flatMap((t) => (t && "positionId" in t ? [t.positionId] : [])))];
  const positionIds = [...new Set([...missing("position"), ...alertPositions])];

  const [positionsNow, positionsLogged, coverNames, coverProducts, quoteProducts, memberEmails, inviteEmails] = await Promise.all([
    repo.positionLabels(portfolioId, positionIds),
    repo.latestRecorded(portfolioId, "position", "label", positionIds),
    repo.latestRecorded(portfolioId, "cover", "productName", missing("cover")),
    repo.latestRecorded(portfolioId, "cover", "productId", missing("cover")),
    repo.latestRecorded(portfolioId, "quote", "productId", missing("quote")),
    repo.latestRecorded(portfolioId, "member", "email", missing("member")),
    repo.latestRecorded(portfolioId, "invite", "email", missing("invite")),
  ]);
  const productIdOf = (r: AuditRow) =>
    recorded(r.changes, "productId") ?? textOf((r.entity === "cover" ? coverProducts : quoteProducts).get(r.entityId));
  const productIds = [...new Set(rows.filter((r, i) => (r.entity === "cover" || r.entity === "quote") && own[i] === null).flatMap((r) => productIdOf(r) ?? []))];
  const memberIds = missing("member").filter((id) => textOf(memberEmails.get(id)) === null);
  const [products, emails] = await Promise.all([repo.productNames(productIds), repo.userEmails(memberIds)]);

  const label = (positionId: string) => positionsNow.get(positionId) ?? textOf(positionsLogged.get(positionId));
  const product = (r: AuditRow) => {
    const id = productIdOf(r);
    return id ? products.get(id) ?? null : null;
  };
  return rows.map((r, i) => {
    if (own[i] !== null) return own[i]!;
    switch (r.entity) {
      case "position": return label(r.entityId);
      case "cover": return textOf(coverNames.get(r.entityId)) ?? product(r);
      case "quote": return product(r);
      case "member": return textOf(memberEmails.get(r.entityId)) ?? emails.get(r.entityId) ?? null;
      case "invite": return textOf(inviteEmails.get(r.entityId));
      case "alert": return alertSubject(r.entityId, label);
      default: return null;
    }
  });
}

/** "under insured on Aave USDC", "provider concentration (nexus-mutual)", or the words of a group's code. */
function alertSubject(key: string, label: (positionId: string) => string | null): string | null {
  // Acknowledging a whole group: portfolioId:group:code (which would also read as a position "group").
  const [, group, code] = key.split(":");
  if (group === "group" && code) return `${alertCodeWords(code)} (every position)`;
  const target = parseAlertKey(key);
  if (target && "positionId" in target) {
    const name = label(target.positionId);
    return name ? `${alertCodeWords(target.code)} on ${name}` : alertCodeWords(target.code);
  }
  if (target && "providerKey" in target) return `${alertCodeWords(target.code)} (${target.providerKey})`;
  if (target && "incidentId" in target) return `incident ${target.incidentId}`;
  return null;
}

const toItem = (r: AuditRow, subject: string | null): TAuditItem => ({
  id: r.id,
  at: r.at.toISOString(),
  user: r.user,
  action: r.action,
  entity: r.entity,
  entityId: r.entityId,
  changes: Object.fromEntries(changePairs(r.changes).map(([field, before, after]) => [field, [before ?? null, after ?? null]])),
  subject,
});

/** A page of the log, newest first; `cursor` is the previous page's nextCursor. A non-member gets NOT_FOUND. */
export async function listAudit(db: PrismaClient, userId: string, input: TAuditListInput): Promise<TAuditList> {
  const after = input.cursor === undefined ? undefined : decodeAuditCursor(input.cursor);
  if (after === null) throw badInput("cursor", "Not a valid cursor: start again from the first page");
  await requirePortfolioMember(db, userId, input.portfolioId);
  const repo = new AuditReadRepository(db);
  const limit = input.limit ?? AUDIT_PAGE_DEFAULT;
  const rows = await repo.page(userId, input.portfolioId, { entity: input.entity, after, take: limit + 1 });
  const page = rows.slice(0, limit);
  const subjects = await subjectsOf(repo, input.portfolioId, page);
  const last = page[page.length - 1];
  return {
    items: page.map((r, i) => toItem(r, subjects[i] ?? null)),
    nextCursor: rows.length > limit && last ? encodeAuditCursor(last) : null,
  };
}

const EXPORT_BATCH = 1000;

/**
 * The whole log (or one entity's part) as CSV, newest first, one row per changed field. Stops
 * before the entry that would pass AUDIT_EXPORT_MAX_ROWS rows, and says so in `note`.
 */
export async function exportAuditCsv(db: PrismaClient, userId: string, input: TAuditExportInput, now: Date = new Date()): Promise<TAuditExport> {
  await requirePortfolioMember(db, userId, input.portfolioId);
  const repo = new AuditReadRepository(db);
  const name = await repo.portfolioName(userId, input.portfolioId);
  if (name === null) throw notFound("Portfolio");
  const rows: string[][] = [];
  let entries = 0;
  let after: AuditKey | undefined;
  let full = false;
  for (;;) {
    const batch = await repo.page(userId, input.portfolioId, { entity: input.entity, after, take: EXPORT_BATCH });
    for (const r of batch) {
      const more = auditCsvRows({ ...r, at: r.at.toISOString() });
      if (rows.length + more.length > AUDIT_EXPORT_MAX_ROWS) {
        full = true;
        break;
      }
      rows.push(...more);
      entries += 1;
    }
    if (full || batch.length < EXPORT_BATCH) break;
    after = batch[batch.length - 1]!;
  }
  let note: string | null = null;
  if (full) {
    const total = await repo.count(userId, input.portfolioId, input.entity);
    const fmt = (n: number) => n.toLocaleString("en-US");
    note = `The file holds the newest ${fmt(entries)} of ${fmt(total)} entries (${fmt(rows.length)} rows): a file stops at ${fmt(AUDIT_EXPORT_MAX_ROWS)} rows. Export one kind of row at a time for the rest.`;
  }
  return {
    filename: auditCsvFilename(name, todayUtc(now), input.entity),
    contentType: "text/csv",
    content: auditCsvText(rows),
    rowCount: rows.length,
    note,
  };
}
