import { compareUsd, formatDay, isZeroUsd } from "@/lib/format/calendar";
import { formatUsd } from "@/lib/format/money";
import type { TNoticeKind } from "@/lib/schemas/notification-values";
import type { Notice } from "./types";

export type EmailUser = { name: string; email: string };
export type RenderedEmail = { subject: string; text: string; html: string };

export type DigestInput = {
  user: EmailUser;
  /** The user's local day the digest is for (YYYY-MM-DD). */
  day: string;
  notices: readonly Notice[];
  /** Open alerts not in this digest (already notified, or dashboard-only). */
  otherOpenAlerts: number;
  baseUrl: string;
  unsubscribeUrl: string;
};

/** Most urgent first: an incident means a claim to file, then the deadlines, then the gaps. */
const KIND_ORDER: readonly TNoticeKind[] = ["incident", "cover_expiring", "claim_window_closing", "uninsured_gap"];

const KIND_HEADINGS: Record<TNoticeKind, string> = {
  incident: "Incidents",
  cover_expiring: "Covers expiring",
  claim_window_closing: "Claim windows closing",
  uninsured_gap: "Uninsured gaps",
};

const KIND_COLORS: Record<TNoticeKind, string> = {
  incident: "#b91c1c",
  cover_expiring: "#c2410c",
  claim_window_closing: "#c2410c",
  uninsured_gap: "#a16207",
};

const REASON_TAGS: Record<Notice["reason"], string | null> = { new: null, escalated: "reminder", date_changed: "date changed" };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, "");
}

/** "today", "tomorrow", "in 7 days": for the subject line. */
function inDays(n: number): string {
  if (n === 0) return "today";
  if (n === 1) return "tomorrow";
  return `in ${n} days`;
}

function daysLeftText(n: number): string {
  if (n < 0) return `${plural(-n, "day")} ago`;
  if (n === 0) return "last day";
  return `${plural(n, "day")} left`;
}

type Item = {
  heading: string;
  facts: string[];
  covers: string | null;
  link: { url: string; label: string };
};

type PortfolioGroup = { name: string; items: Item[] };
type KindSection = { kind: TNoticeKind; count: number; portfolios: PortfolioGroup[] };

function linkOf(notice: Notice, base: string): Item["link"] {
  const portfolio = `${base}/portfolios/${encodeURIComponent(notice.portfolio.id)}`;
  // The claim deadlines of an incident are on the portfolio's Incidents tab.
  if (notice.kind === "incident") return { url: `${portfolio}/incidents`, label: "Incidents tab" };
  const only = notice.alert.positions.length === 1 ? notice.alert.positions[0] : undefined;
  if (only) return { url: `${base}/positions/${encodeURIComponent(only.id)}`, label: "Open position" };
  return { url: portfolio, label: "Open portfolio" };
}

function itemOf(notice: Notice, base: string): Item {
  const { alert } = notice;
  const only = alert.positions.length === 1 ? alert.positions[0] : undefined;
  // An incident's title already names what it hit; other titles ("Cover expires in 7 days") do not.
  const heading = only && notice.kind !== "incident" ? `${only.label}: ${alert.title}` : alert.title;
  const facts: string[] = [];
  if (alert.until) facts.push(notice.daysLeft === null ? formatDay(alert.until) : `${formatDay(alert.until)} · ${daysLeftText(notice.daysLeft)}`);
  // For every notified kind the alert's amount is what is uninsured (the hit positions' for an incident).
  const money = formatUsd(alert.amountUsd);
  if (!isZeroUsd(alert.amountUsd) && !alert.title.includes(money)) facts.push(`${money} uninsured`);
  const tag = REASON_TAGS[notice.reason];
  if (tag) facts.push(tag);
  const covers = alert.covers.length > 0 ? alert.covers.map((c) => c.name).join(", ") : null;
  return { heading, facts, covers, link: linkOf(notice, base) };
}

/** Within a portfolio: the nearest date first, then the most money, then by title. */
function compareNotices(a: Notice, b: Notice): number {
  const da = a.daysLeft ?? Number.POSITIVE_INFINITY;
  const db = b.daysLeft ?? Number.POSITIVE_INFINITY;
  if (da !== db) return da < db ? -1 : 1;
  const byAmount = compareUsd(b.alert.amountUsd, a.alert.amountUsd);
  if (byAmount !== 0) return byAmount;
  return a.alert.title.localeCompare(b.alert.title);
}

function sectionsOf(notices: readonly Notice[], base: string): KindSection[] {
  return KIND_ORDER.flatMap((kind) => {
    const ofKind = notices.filter((n) => n.kind === kind);
    if (ofKind.length === 0) return [];
    const byPortfolio = new Map<string, Notice[]>();
    for (const n of ofKind) byPortfolio.set(n.portfolio.id, [...(byPortfolio.get(n.portfolio.id) ?? []), n]);
    const portfolios = [...byPortfolio.values()]
      .sort((a, b) => a[0]!.portfolio.name.localeCompare(b[0]!.portfolio.name) || a[0]!.portfolio.id.localeCompare(b[0]!.portfolio.id))
      .map((group) => ({ name: group[0]!.portfolio.name, items: [...group].sort(compareNotices).map((n) => itemOf(n, base)) }));
    return [{ kind, count: ofKind.length, portfolios }];
  });
}

function subjectPart(kind: TNoticeKind, ofKind: readonly Notice[]): string {
  const n = ofKind.length;
  const days = ofKind.map((x) => x.daysLeft).filter((d): d is number => d !== null);
  const first = days.length > 0 ? Math.min(...days) : null;
  switch (kind) {
    case "incident":
      return plural(n, "incident");
    case "uninsured_gap":
      return plural(n, "uninsured gap");
    case "cover_expiring":
      if (first === null) return `${plural(n, "cover")} expiring`;
      return n === 1 ? `cover expiring ${inDays(first)}` : `${n} covers expiring, first ${inDays(first)}`;
    case "claim_window_closing":
      if (first === null) return `${plural(n, "claim window")} closing`;
      return n === 1 ? `claim window closing ${inDays(first)}` : `${n} claim windows closing, first ${inDays(first)}`;
  }
}

export function digestSubject(notices: readonly Notice[]): string {
  if (notices.length === 0) return "CoverDesk: no new alerts";
  const parts = KIND_ORDER.flatMap((kind) => {
    const ofKind = notices.filter((n) => n.kind === kind);
    return ofKind.length > 0 ? [subjectPart(kind, ofKind)] : [];
  });
  return `CoverDesk: ${plural(notices.length, "alert")} — ${parts.join(", ")}`;
}

type Footer = { user: EmailUser; baseUrl: string; unsubscribeUrl: string; why: string };

function footerText({ baseUrl, unsubscribeUrl, why }: Footer): string {
  return [
    "-- ",
    why,
    `Choose what you get: ${trimBase(baseUrl)}/settings/notifications`,
    `Stop these e-mails: ${unsubscribeUrl}`,
  ].join("\n");
}

function footerHtml({ baseUrl, unsubscribeUrl, why }: Footer): string {
  const settings = `${trimBase(baseUrl)}/settings/notifications`;
  return `<div style="margin-top:32px;padding-top:12px;border-top:1px solid #e2e8f0;color:#64748b;font-size:12px;line-height:1.5">`
    + `<p style="margin:0 0 8px">${escapeHtml(why)}</p>`
    + `<p style="margin:0"><a href="${escapeHtml(settings)}" style="color:#475569">Settings → Notifications</a>`
    + ` · <a href="${escapeHtml(unsubscribeUrl)}" style="color:#475569">Unsubscribe from alert e-mails</a></p></div>`;
}

function documentHtml(subject: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<title>${escapeHtml(subject)}</title></head>`
    + `<body style="margin:0;padding:0;background:#f8fafc">`
    + `<div style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#0f172a">`
    + `${body}</div></body></html>`;
}

function greeting(user: EmailUser): string {
  return user.name.trim() ? `Hello ${user.name.trim()},` : "Hello,";
}

function whyDigest(user: EmailUser): string {
  return `You get this e-mail because alert e-mails are on for your CoverDesk account (${user.email}). `
    + "CoverDesk sends at most one digest a day, and only when an alert is new, its deadline draws closer or its date changes.";
}

function itemText(item: Item): string {
  const lines = [`  - ${item.heading}`];
  if (item.facts.length > 0) lines.push(`    ${item.facts.join(" · ")}`);
  if (item.covers) lines.push(`    Cover: ${item.covers}`);
  lines.push(`    ${item.link.url}`);
  return lines.join("\n");
}

function itemHtml(item: Item, color: string): string {
  const facts = item.facts.length > 0 ? `<div style="color:#334155;font-size:14px">${escapeHtml(item.facts.join(" · "))}</div>` : "";
  const covers = item.covers ? `<div style="color:#64748b;font-size:13px">Cover: ${escapeHtml(item.covers)}</div>` : "";
  return `<li style="margin:0 0 12px;padding-left:10px;border-left:3px solid ${color};list-style:none">`
    + `<a href="${escapeHtml(item.link.url)}" style="color:#0f172a;font-weight:600;text-decoration:none">${escapeHtml(item.heading)}</a>`
    + `${facts}${covers}`
    + `<div style="font-size:13px"><a href="${escapeHtml(item.link.url)}" style="color:#1d4ed8">${escapeHtml(item.link.label)}</a></div></li>`;
}

export function renderDigest(input: DigestInput): RenderedEmail {
  const base = trimBase(input.baseUrl);
  const subject = digestSubject(input.notices);
  const sections = sectionsOf(input.notices, base);
  const intro = `${plural(input.notices.length, "alert")} for ${formatDay(input.day)}:`;
  const dashboard = `${base}/portfolios`;
  const others = input.otherOpenAlerts > 0
    ? `You also have ${plural(input.otherOpenAlerts, "other open alert")}: ${dashboard}`
    : null;
  const footer: Footer = { user: input.user, baseUrl: base, unsubscribeUrl: input.unsubscribeUrl, why: whyDigest(input.user) };

  const text = [
    greeting(input.user),
    "",
    intro,
    ...sections.flatMap((s) => [
      "",
      `${KIND_HEADINGS[s.kind].toUpperCase()} (${s.count})`,
      ...s.portfolios.flatMap((p) => ["", `${p.name}`, ...p.items.map(itemText)]),
    ]),
    ...(others ? ["", others] : []),
    "",
    footerText(footer),
    "",
  ].join("\n");

  const sectionHtml = (s: KindSection) => `<h2 style="margin:28px 0 8px;font-size:17px;color:${KIND_COLORS[s.kind]}">${escapeHtml(KIND_HEADINGS[s.kind])} (${s.count})</h2>`
    + s.portfolios.map((p) => `<h3 style="margin:12px 0 8px;font-size:15px;color:#334155">${escapeHtml(p.name)}</h3>`
      + `<ul style="margin:0;padding:0">${p.items.map((i) => itemHtml(i, KIND_COLORS[s.kind])).join("")}</ul>`).join("");
  const othersHtml = input.otherOpenAlerts > 0
    ? `<p style="margin:24px 0 0">You also have ${escapeHtml(plural(input.otherOpenAlerts, "other open alert"))}: <a href="${escapeHtml(dashboard)}" style="color:#1d4ed8">see them in CoverDesk</a>.</p>`
    : "";
  const html = documentHtml(subject, `<p style="margin:0 0 8px">${escapeHtml(greeting(input.user))}</p>`
    + `<p style="margin:0">${escapeHtml(intro)}</p>`
    + sections.map(sectionHtml).join("")
    + othersHtml
    + footerHtml(footer));

  return { subject, text, html };
}

export type TestEmailInput = { user: EmailUser; baseUrl: string; unsubscribeUrl: string };

/** Sent from Settings → Notifications to check that e-mail reaches the user. */
export function renderTestEmail(input: TestEmailInput): RenderedEmail {
  const base = trimBase(input.baseUrl);
  const subject = "CoverDesk: test e-mail";
  const body = "This is a test e-mail from CoverDesk: e-mail reaches you. Your daily alert digest will come the same way.";
  const footer: Footer = {
    user: input.user, baseUrl: base, unsubscribeUrl: input.unsubscribeUrl,
    why: `You get this e-mail because someone signed in to your CoverDesk account (${input.user.email}) asked for a test e-mail.`,
  };
  const text = [greeting(input.user), "", body, "", footerText(footer), ""].join("\n");
  const html = documentHtml(subject, `<p style="margin:0 0 8px">${escapeHtml(greeting(input.user))}</p>`
    + `<p style="margin:0">${escapeHtml(body)}</p>`
    + footerHtml(footer));
  return { subject, text, html };
}
