// `npm run incidents:import`: adds, updates, skips unchanged rows; a file with one bad row writes nothing.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedVenues } from "@/prisma/seed-data/seed-venues";
import { dbFingerprint } from "@/tests/integration/db-fingerprint";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { IncidentImportError, importIncidents, readSource } from "./incidents-import";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
  await seedVenues(tdb.prisma);
});
afterAll(() => tdb.drop());

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id, date: "2024-06-01", venue_name: "Curve", venue_slug: null, venue_slug_guess: "curve", chains: ["ethereum"], chains_other: [],
  chain_basis: "explorer-link", kind: "protocol_exploit", loss_usd: 1000, loss_text: "$1k", loss_usd_note: null, root_cause: "reentrancy",
  root_cause_source_label: null, asset: null, date_note: null, references: [],
  source: { kind: "curated from stored public pages", url: "https://news.example.org/x", license: "facts only" }, as_of: "2026-08-22",
  ...extra,
});

describe("importIncidents", () => {
  it("adds new rows, then skips them when unchanged", async () => {
    expect(await importIncidents(tdb.prisma, [row("imp-a"), row("imp-b")])).toEqual({ added: 2, updated: 0, skipped: 0 });
    const stored = await tdb.prisma.incident.findUniqueOrThrow({ where: { id: "imp-a" } });
    expect(stored).toMatchObject({ venueSlug: "curve", sourceLabel: "news.example.org" });
    const before = await dbFingerprint(tdb.prisma);
    expect(await importIncidents(tdb.prisma, [row("imp-a"), row("imp-b")])).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await dbFingerprint(tdb.prisma)).toBe(before);
  });

  it("updates changed rows and adds new ones in one go", async () => {
    const counts = await importIncidents(tdb.prisma, [row("imp-a", { loss_usd: 2000 }), row("imp-b"), row("imp-c")]);
    expect(counts).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect((await tdb.prisma.incident.findUniqueOrThrow({ where: { id: "imp-a" } })).lossUsd?.toFixed(2)).toBe("2000.00");
  });

  it("refuses a whole file with one bad row, naming its index, id and field, and writes nothing", async () => {
    const before = await dbFingerprint(tdb.prisma);
    const error = await importIncidents(tdb.prisma, [row("imp-d"), row("imp-a", { loss_usd: 5 }), row("imp-e", { date: "2024-13-01" })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IncidentImportError);
    expect(String((error as Error).message)).toContain("row 2 (id imp-e), date");
    expect(await dbFingerprint(tdb.prisma)).toBe(before);
    expect(await tdb.prisma.incident.findUnique({ where: { id: "imp-d" } })).toBeNull();
  });

  it("reads a local file and refuses anything but https URLs", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "incidents-"));
    const file = path.join(dir, "in.json");
    await writeFile(file, JSON.stringify([row("imp-f")]));
    expect(JSON.parse(await readSource(file))).toHaveLength(1);
    await expect(readSource("http://example.org/incidents.json")).rejects.toThrow(/only https/);
    await expect(readSource("file:///etc/passwd")).rejects.toThrow(/only https/);
  });
});

describe("INCIDENT_FEED_URL at start", () => {
  it("imports the feed into the app's database, and a broken feed is an error the start script only warns about", async () => {
    const { importIncidentFeed } = await import("./lib/incident-feed");
    const dir = await mkdtemp(path.join(tmpdir(), "incident-feed-"));
    const feed = path.join(dir, "feed.json");
    await writeFile(feed, JSON.stringify([row("feed-a")]));
    expect(await importIncidentFeed(tdb.url, feed)).toEqual({ added: 1, updated: 0, skipped: 0 });
    expect(await importIncidentFeed(tdb.url, feed)).toEqual({ added: 0, updated: 0, skipped: 1 });
    await writeFile(feed, "{ not json");
    await expect(importIncidentFeed(tdb.url, feed)).rejects.toThrow();
    await expect(importIncidentFeed(tdb.url, "http://plain-http.example/feed.json")).rejects.toThrow(/only https/);
  });
});
