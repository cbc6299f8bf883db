// Issue 15 attacked: every user-chosen string of a digest (portfolio name, position label, cover
// name, alert title, user name, e-mail, ids in links) carrying HTML or a javascript: URL.
import { describe, expect, it } from "vitest";
import type { Alert } from "@/server/domain/alerts";
import { renderDigest, renderTestEmail } from "./render-digest";
import type { Notice } from "./types";

const PAYLOADS = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `'><svg onload=alert(1)>`,
  `javascript:alert(1)`,
  `</title><script>alert(1)</script>`,
  `<a href="javascript:alert(1)">x</a>`,
  `<style>*{background:url(//evil.example)}</style>`,
  `<!--`, `<![CDATA[`, `&lt;script&gt;`, `<iframe srcdoc="<script>alert(1)</script>">`,
];
const BASE = "https://cd.example";

function alert(payload: string, patch: Partial<Alert>): Alert {
  return {
    key: "k", code: "uninsured", severity: "warning", portfolioId: payload, positions: [], covers: [],
    title: payload, detail: payload, until: null, acknowledgedUntil: null, amountUsd: "1000.00", ...patch,
  };
}

function hostileNotices(p: string): Notice[] {
  const portfolio = { id: p, name: p };
  return [
    { kind: "cover_expiring", reason: "new", stage: 7, daysLeft: 7, portfolio, alert: alert(p, { code: "expiring_soon", until: "2026-12-08", positions: [{ id: p, label: p }], covers: [{ id: p, name: p }] }) },
    { kind: "incident", reason: "escalated", stage: 0, daysLeft: null, portfolio, alert: alert(p, { code: "incident", positions: [{ id: p, label: p }, { id: `${p}2`, label: p }] }) },
    { kind: "uninsured_gap", reason: "date_changed", stage: 0, daysLeft: null, portfolio, alert: alert(p, { positions: [{ id: p, label: p }, { id: `${p}3`, label: p }] }) },
  ];
}

/** What an HTML parser would see as markup: tags and every href. */
const tags = (html: string) => [...html.matchAll(/<([a-zA-Z!/][^\s>]*)/g)].map((m) => m[1]!.toLowerCase());
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);

describe.each(PAYLOADS)("digest with %s in every user-chosen field", (payload) => {
  const user = { name: payload, email: `x${payload}@example.com` };
  const { html, subject } = renderDigest({ user, day: "2026-12-01", notices: hostileNotices(payload), otherOpenAlerts: 2, baseUrl: BASE, unsubscribeUrl: `${BASE}/unsubscribe/a.b` });
  const fixed = renderDigest({ user: { name: "A", email: "a@example.com" }, day: "2026-12-01", notices: hostileNotices("plain"), otherOpenAlerts: 2, baseUrl: BASE, unsubscribeUrl: `${BASE}/unsubscribe/a.b` });

  it("adds no markup: the tags are exactly those of the same digest with plain text", () => {
    expect(tags(html)).toEqual(tags(fixed.html));
    // "onerror=" may appear as text; only a real "<" could make it an attribute.
    expect(html).not.toMatch(/<(script|img|svg|iframe|style)\b/i);
  });

  it("every link stays on the app's origin (no javascript: or other scheme)", () => {
    const links = hrefs(html);
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const decoded = href.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
      expect(new URL(decoded).origin).toBe(BASE);
    }
  });

  it("the subject has no user text and no line break (no header injection)", () => {
    expect(subject).not.toContain(payload);
    expect(subject).not.toMatch(/[\r\n]/);
  });
});

describe("test e-mail with a hostile name", () => {
  it.each(PAYLOADS)("%s adds no markup", (payload) => {
    const hostile = renderTestEmail({ user: { name: payload, email: "a@example.com" }, baseUrl: BASE, unsubscribeUrl: `${BASE}/unsubscribe/a.b` });
    const plain = renderTestEmail({ user: { name: "A", email: "a@example.com" }, baseUrl: BASE, unsubscribeUrl: `${BASE}/unsubscribe/a.b` });
    expect(tags(hostile.html)).toEqual(tags(plain.html));
    expect(hostile.subject).not.toContain(payload);
  });
});
