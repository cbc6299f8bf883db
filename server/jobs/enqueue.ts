import PgBoss from "pg-boss";
import type { Prisma } from "@/server/db/generated/client";
import type { JobData, JobName } from "./job-names";

/** Anything that runs raw SQL in Prisma: the client, or a transaction's client. */
type SqlRunner = Pick<Prisma.TransactionClient, "$queryRawUnsafe">;

const senders = new Map<string, PgBoss>();

/** A pg-boss that is never started: it only writes jobs, through the connection it is handed. */
function senderFor(schema: string): PgBoss {
  let sender = senders.get(schema);
  if (!sender) {
    sender = new PgBoss({ schema, db: { executeSql: () => Promise.reject(new Error("pass a connection to send()")) } });
    senders.set(schema, sender);
  }
  return sender;
}

/** pg-boss deduplicates a singletonKey only within a singletonSeconds slot (standard queues), at most its archive interval (12 h). */
export type EnqueueOptions = { startAfter?: Date; singletonKey?: string; singletonSeconds?: number };

/**
 * Queues a job inside the caller's transaction: it exists if and only if the rows it is about
 * were committed, so a crash between the two loses nothing and sends nothing twice.
 */
export async function enqueue<N extends JobName>(
  tx: SqlRunner, schema: string, name: N, data: JobData[N], options: EnqueueOptions = {},
): Promise<string | null> {
  const db = { executeSql: async (text: string, values: unknown[]) => ({ rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values) }) };
  return senderFor(schema).send(name, data, { ...options, db });
}

/** Where and how the app queues jobs: the schema, bound once. */
export type JobSender = <N extends JobName>(tx: SqlRunner, name: N, data: JobData[N], options?: EnqueueOptions) => Promise<string | null>;

export function jobSenderFor(schema: string): JobSender {
  return (tx, name, data, options) => enqueue(tx, schema, name, data, options);
}
