import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { renderDigest } from "@/server/domain/notify/render-digest";
import type { Notice } from "@/server/domain/notify/types";
import { logger } from "@/server/observability/logger";
import { createTestDatabase, type TestDatabase } from "@/tests/integration/test-db";
import { makeUser } from "@/tests/integration/callers";
import { mailConfigFromEnv, queueEmail, sendEmailMessage, type MailConfig } from "./mailer";
import { unsubscribeUrl } from "./unsubscribe-token";

type Received = { from: string; to: string[]; user: string | null; raw: string };
type Sink = { url: string; received: Received[]; close: () => Promise<void> };

/** A real SMTP server on a random loopback port that keeps every message it accepts. */
async function startSmtpSink(opts: { rejectRecipients?: boolean } = {}): Promise<Sink> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username });
    },
    onRcptTo(_address, _session, callback) {
      if (!opts.rejectRecipients) return callback();
      callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const from = session.envelope.mailFrom;
        received.push({
          from: from ? from.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === "string" ? session.user : null,
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://mailer:pa%40ss@127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The header block, unfolded, and the body of a raw message. */
function split(raw: string): { headers: string; body: string } {
  const at = raw.indexOf("\r\n\r\n");
  return { headers: raw.slice(0, at).replace(/\r\n[ \t]+/g, " "), body: raw.slice(at + 4) };
}

function header(raw: string, name: string): string | null {
  const line = split(raw).headers.split("\r\n").find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** RFC 2047 encoded words (nodemailer encodes a non-ASCII subject). */
function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=(\s+(?==\?))?/gi, (_m, enc: string, data: string) => enc.toUpperCase() === "B"
    ? Buffer.from(data, "base64").toString("utf8")
    : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), "latin1").toString("utf8"));
}

function decodeQuotedPrintable(value: string): string {
  const bytes = value.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

const SECRET = "mailer-int-test-secret-0123456789";
const BASE = "https://cd.example";
let tdb: TestDatabase;
let sink: Sink;
let user: { id: string; email: string };

const notice: Notice = {
  kind: "uninsured_gap", reason: "new", stage: 0, daysLeft: null, portfolio: { id: "pf1", name: "Treasury" },
  alert: {
    key: "pf1:pos1:uninsured", code: "uninsured", severity: "warning", portfolioId: "pf1", positions: [{ id: "pos1", label: "Aave USDC" }],
    covers: [], title: "Uninsured: $250,000.00", detail: "", until: null, acknowledgedUntil: null, amountUsd: "250000.00",
  },
};

const config = (smtpUrl: string | null): MailConfig => ({ smtpUrl, from: "CoverDesk <alerts@coverdesk.test>", baseUrl: BASE });

function digestFor(u: { id: string; email: string }) {
  return renderDigest({ user: { name: "Alice", email: u.email }, day: "2026-12-01", notices: [notice], otherOpenAlerts: 0, baseUrl: BASE, unsubscribeUrl: unsubscribeUrl(BASE, u.id, SECRET) });
}

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", SECRET);
  tdb = await createTestDatabase();
  sink = await startSmtpSink();
  user = await makeUser(tdb.prisma, "mailer");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await sink?.close();
  await tdb?.drop();
});

describe("mailConfigFromEnv", () => {
  it("reads SMTP_URL, MAIL_FROM and the public address, with defaults", () => {
    expect(mailConfigFromEnv({})).toEqual({ smtpUrl: null, from: "CoverDesk <alerts@coverdesk.local>", baseUrl: "http://localhost:3000" });
    expect(mailConfigFromEnv({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "Ops <ops@x.example>", AUTH_URL: "https://cd.example/api/auth" }))
      .toEqual({ smtpUrl: "smtps://u:p@mail.example:465", from: "Ops <ops@x.example>", baseUrl: "https://cd.example" });
    expect(mailConfigFromEnv({ SMTP_URL: "  ", APP_URL: "https://app.example/", AUTH_URL: "https://other.example", PORT: "4000" }).baseUrl).toBe("https://app.example");
    expect(mailConfigFromEnv({ PORT: "4000" }).baseUrl).toBe("http://localhost:4000");
  });
});

describe("queueEmail + sendEmailMessage through SMTP", () => {
  it("delivers the text and HTML parts to the recipient, with one-click unsubscribe headers", async () => {
    const mail = digestFor(user);
    const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "digest", to: user.email, ...mail }, config(sink.url));
    expect(queued.status).toBe("queued");
    const before = sink.received.length;

    const result = await sendEmailMessage(tdb.prisma, queued.id, config(sink.url));
    expect(result).toEqual({ id: queued.id, status: "sent", sentNow: true });
    expect(sink.received.length).toBe(before + 1);
    const got = sink.received.at(-1)!;
    expect(got.to).toEqual([user.email]);
    expect(got.from).toBe("alerts@coverdesk.test");
    // The URL's credentials were used (%40 decoded).
    expect(got.user).toBe("mailer");
    expect(header(got.raw, "To")).toBe(user.email);
    expect(decodeWords(header(got.raw, "Subject")!)).toBe("CoverDesk: 1 alert — 1 uninsured gap");
    expect(header(got.raw, "Message-ID")).toBe(`<${queued.id}@coverdesk.test>`);
    expect(header(got.raw, "List-Unsubscribe")).toBe(`<${unsubscribeUrl(BASE, user.id, SECRET)}>`);
    expect(header(got.raw, "List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(header(got.raw, "Content-Type")).toMatch(/^multipart\/alternative/);

    const body = decodeQuotedPrintable(split(got.raw).body);
    expect(body).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(body).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(body).toContain("Aave USDC: Uninsured: $250,000.00");
    expect(body).toContain('href="https://cd.example/positions/pos1"');

    const row = await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect(row.sentAt).toBeInstanceOf(Date);
  });

  it("does not send a message twice", async () => {
    const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "test", to: user.email, subject: "Once", text: "t", html: "<p>t</p>" }, config(sink.url));
    await sendEmailMessage(tdb.prisma, queued.id, config(sink.url));
    const count = sink.received.length;
    const again = await sendEmailMessage(tdb.prisma, queued.id, config(sink.url));
    expect(again).toEqual({ id: queued.id, status: "sent", sentNow: false });
    expect(sink.received.length).toBe(count);
    expect(await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("leaves out the unsubscribe headers when told there is no link", async () => {
    const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "test", to: user.email, subject: "No list", text: "t", html: "<p>t</p>" }, config(sink.url));
    await sendEmailMessage(tdb.prisma, queued.id, config(sink.url), { unsubscribeUrl: null });
    expect(header(sink.received.at(-1)!.raw, "List-Unsubscribe")).toBeNull();
  });

  it("can join the caller's transaction", async () => {
    const queued = await tdb.prisma.$transaction((tx) => queueEmail(tx, { userId: user.id, kind: "digest", to: user.email, subject: "In a tx", text: "t", html: "h" }, config(sink.url)));
    expect(await tdb.prisma.emailMessage.findUnique({ where: { id: queued.id }, select: { status: true } })).toEqual({ status: "queued" });
  });
});

describe("without SMTP", () => {
  it("keeps the message in the outbox, logs it, and sends nothing", async () => {
    const info = vi.spyOn(logger, "info");
    const before = sink.received.length;
    const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "digest", to: user.email, subject: "Outbox subject", text: "t", html: "h" }, config(null));
    expect(queued.status).toBe("outbox");
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0]![0]).toMatchObject({ emailId: queued.id, to: user.email, subject: "Outbox subject" });
    info.mockRestore();

    // Even with SMTP configured later, an outbox message is not sent.
    expect(await sendEmailMessage(tdb.prisma, queued.id, config(sink.url))).toEqual({ id: queued.id, status: "outbox", sentNow: false });
    expect(sink.received.length).toBe(before);
    expect(await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "outbox", attempts: 0, sentAt: null });
  });

  it("records a failure for a queued message when SMTP_URL has gone", async () => {
    const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "digest", to: user.email, subject: "Gone", text: "t", html: "h" }, config(sink.url));
    await expect(sendEmailMessage(tdb.prisma, queued.id, config(null))).rejects.toThrow(/SMTP_URL is not set/);
    expect(await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "failed", attempts: 1, lastError: "SMTP_URL is not set" });
  });
});

describe("when the SMTP server refuses", () => {
  it("records the failure and throws; a retry that succeeds marks it sent", async () => {
    const refusing = await startSmtpSink({ rejectRecipients: true });
    try {
      const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "digest", to: user.email, subject: "Refused", text: "t", html: "h" }, config(refusing.url));
      await expect(sendEmailMessage(tdb.prisma, queued.id, config(refusing.url))).rejects.toThrow(/Mailbox unavailable/);
      expect(refusing.received).toEqual([]);
      const failed = await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
      expect(failed).toMatchObject({ status: "failed", attempts: 1, sentAt: null });
      expect(failed.lastError).toMatch(/550/);

      // A job queue retries: the next attempt goes through the working server.
      const retried = await sendEmailMessage(tdb.prisma, queued.id, config(sink.url));
      expect(retried.status).toBe("sent");
      expect(await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    } finally {
      await refusing.close();
    }
  });

  it("records an unreachable server as a failure", async () => {
    const queued = await queueEmail(tdb.prisma, { userId: user.id, kind: "digest", to: user.email, subject: "Unreachable", text: "t", html: "h" }, config("smtp://127.0.0.1:1"));
    await expect(sendEmailMessage(tdb.prisma, queued.id, config("smtp://127.0.0.1:1"))).rejects.toThrow();
    const row = await tdb.prisma.emailMessage.findUniqueOrThrow({ where: { id: queued.id } });
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.lastError).toMatch(/ECONNREFUSED|connect/i);
  });

  it("throws for a message that does not exist", async () => {
    await expect(sendEmailMessage(tdb.prisma, "no-such-message", config(sink.url))).rejects.toThrow(/does not exist/);
  });
});
