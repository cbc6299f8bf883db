// The embedded default: PGlite (PostgreSQL compiled to WebAssembly) served over the
// PostgreSQL wire protocol, so the app talks to it through the same pg driver as to a server.
// PGlite has no inter-process lock: only one process (the launcher, or the test run's global
// setup) may open a data folder.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  pglite: PGlite;
  close(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** A folder to persist into; in memory when omitted. */
  dataDir?: string;
  /** Initial contents: a data directory dumped with `dumpDataDir`. */
  loadDataDir?: Blob;
  /** Must be at least the sum of the pool sizes of all clients, or connections are refused. */
  maxConnections: number;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

export async function startEmbeddedDatabase(opts: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  if (opts.dataDir) await mkdir(opts.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: opts.dataDir, loadDataDir: opts.loadDataDir });
  const host = opts.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({ db, host, port: opts.port ?? 0, maxConnections: opts.maxConnections });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  const port = server.getServerConn().split(":").pop();
  let closing: Promise<void> | undefined;
  return {
    url: `postgresql://postgres@${host}:${port}/postgres`,
    pglite: db,
    close: () => {
      closing ??= server.stop().finally(() => db.close());
      return closing;
    },
  };
}
