import { describe, expect, it } from "vitest";
import type { Alert } from "@/server/domain/alerts";
import { digestSubject, escapeHtml, renderDigest, renderTestEmail } from "./render-digest";
import type { Notice } from "./types";

const base = "https://cd.example/";
const unsubscribeUrl = "https://cd.example/unsubscribe/abc.def";
const user = { name: "Alice", email: "alice@example.com" };
const treasury = { id: "pf1", name: "Treasury" };
const fund = { id: "pf2", name: "Fund <B>" };

function alert(patch: Partial<Alert>): Alert {
  return {
    key: "k", code: "uninsured", severity: "warning", portfolioId: "pf1", positions: [], covers: [],
    title: "Alert", detail: "", until: null, acknowledgedUntil: null, amountUsd: "0.00", ...patch,
  };
}

function notice(kind: Notice["kind"], patch: Partial<Omit<Notice, "alert">> & { alert?: Partial<Alert> } = {}): Notice {
  const { alert: a, ...rest } = patch;
  return { kind, reason: "new", stage: 0, daysLeft: null, portfolio: treasury, ...rest, alert: alert({ portfolioId: (rest.portfolio ?? treasury).id, ...a }) };
}

const expiring = notice("cover_expiring", {
  stage: 7, daysLeft: 7, reason: "escalated",
  alert: { code: "expiring_soon", title: "Cover expires in 7 days", until: "2026-12-08", amountUsd: "0.00", positions: [{ id: "pos1", label: "Aave USDC" }], covers: [{ id: "c1", name: "Nexus Mutual Protocol Cover" }] },
});
const incident = notice("incident", {
  alert: { code: "incident", title: "Aave V3: exploit on Nov 30, 2026 hit 2 positions", amountUsd: "80000.00", positions: [{ id: "pos1", label: "Aave USDC" }, { id: "pos2", label: "Aave ETH" }] },
});
const gap = notice("uninsured_gap", {
  portfolio: fund,
  alert: { code: "uninsured", title: "Uninsured: $250,000.00", amountUsd: "250000.00", positions: [{ id: "pos3", label: "<script>alert(1)</script> & co" }] },
});

const render = (notices: Notice[], otherOpenAlerts = 0) => renderDigest({ user, day: "2026-12-01", notices, otherOpenAlerts, baseUrl: base, unsubscribeUrl });

describe("digestSubject", () => {
  it("counts the alerts and names each kind, most urgent first", () => {
    expect(digestSubject([expiring, incident, gap])).toBe("CoverDesk: 3 alerts — 1 incident, cover expiring in 7 days, 1 uninsured gap");
  });

  it("says when the first of several deadlines falls", () => {
    const tomorrow = notice("claim_window_closing", { daysLeft: 1, alert: { until: "2026-12-02" } });
    const later = notice("claim_window_closing", { daysLeft: 7, alert: { until: "2026-12-08" } });
    expect(digestSubject([later, tomorrow])).toBe("CoverDesk: 2 alerts — 2 claim windows closing, first tomorrow");
    expect(digestSubject([notice("cover_expiring", { daysLeft: 0 })])).toBe("CoverDesk: 1 alert — cover expiring today");
    expect(digestSubject([])).toBe("CoverDesk: no new alerts");
  });
});

describe("renderDigest", () => {
  it("groups by kind in urgency order, then by portfolio, with figures and links", () => {
    const { text } = render([gap, expiring, incident], 4);
    const order = ["INCIDENTS (1)", "COVERS EXPIRING (1)", "UNINSURED GAPS (1)"].map((h) => text.indexOf(h));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain("Hello Alice,");
    expect(text).toContain("3 alerts for Dec 1, 2026:");
    expect(text).toContain("  - Aave V3: exploit on Nov 30, 2026 hit 2 positions\n    $80,000.00 uninsured\n    https://cd.example/portfolios/pf1/incidents");
    expect(text).toContain("  - Aave USDC: Cover expires in 7 days\n    Dec 8, 2026 · 7 days left · reminder\n    Cover: Nexus Mutual Protocol Cover\n    https://cd.example/positions/pos1");
    // The title already names the amount: not repeated.
    expect(text).toContain("Fund <B>\n  - <script>alert(1)</script> & co: Uninsured: $250,000.00\n    https://cd.example/positions/pos3");
    expect(text).toContain("You also have 4 other open alerts: https://cd.example/portfolios");
    expect(text).toContain("https://cd.example/settings/notifications");
    expect(text).toContain(`Stop these e-mails: ${unsubscribeUrl}`);
  });

  it("orders a kind's portfolios by name and their notices by nearest date, then money", () => {
    const a = notice("cover_expiring", { daysLeft: 30, alert: { title: "A far", until: "2026-12-31" } });
    const b = notice("cover_expiring", { daysLeft: 1, alert: { title: "B near", until: "2026-12-02" } });
    const c = notice("cover_expiring", { portfolio: { id: "pf0", name: "Alpha" }, daysLeft: 30, alert: { title: "C other portfolio", until: "2026-12-31" } });
    const { text } = render([a, b, c]);
    const at = (s: string) => text.indexOf(s);
    expect(at("Alpha")).toBeLessThan(at("Treasury"));
    expect(at("C other portfolio")).toBeLessThan(at("B near"));
    expect(at("B near")).toBeLessThan(at("A far"));
    expect(text).toContain("Dec 2, 2026 · 1 day left");
  });

  it("shows no money figure when none is at stake, and links a portfolio-wide alert to the portfolio", () => {
    const wide = notice("uninsured_gap", { alert: { title: "Two positions uninsured", amountUsd: "0.00", positions: [{ id: "a", label: "A" }, { id: "b", label: "B" }] } });
    const { text } = render([wide]);
    expect(text).toContain("  - Two positions uninsured\n    https://cd.example/portfolios/pf1\n");
    expect(text).not.toContain("$0");
    expect(text).not.toContain("other open alert");
  });

  it("escapes every dynamic string in the HTML", () => {
    const { html } = render([gap, expiring, incident], 2);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<B>");
    expect(html).toContain("&#60;script&#62;alert(1)&#60;/script&#62; &#38; co: Uninsured: $250,000.00");
    expect(html).toContain("Fund &#60;B&#62;");
    expect(html).toContain('href="https://cd.example/positions/pos3"');
    expect(html).toContain(`href="${unsubscribeUrl}"`);
    expect(html).toContain('href="https://cd.example/settings/notifications"');
    expect(html).toContain("CoverDesk: 3 alerts — 1 incident, cover expiring in 7 days, 1 uninsured gap</title>");
    expect(html).not.toMatch(/<table|<script|<style/);
  });

  it("escapes the user's name and e-mail, and greets without a name", () => {
    const { html, text } = renderDigest({ user: { name: "  ", email: "x\"<y>@e.com" }, day: "2026-12-01", notices: [gap], otherOpenAlerts: 0, baseUrl: base, unsubscribeUrl });
    expect(text.startsWith("Hello,\n")).toBe(true);
    expect(html).toContain("x&#34;&#60;y&#62;@e.com");
    const named = render([gap]).html;
    expect(named).toContain("Hello Alice,");
  });

  it("links ids url-encoded", () => {
    const odd = notice("uninsured_gap", { portfolio: { id: "p f", name: "P" }, alert: { positions: [] } });
    expect(render([odd]).text).toContain("https://cd.example/portfolios/p%20f");
  });
});

describe("renderTestEmail", () => {
  it("has both parts, the settings link and the unsubscribe link", () => {
    const mail = renderTestEmail({ user: { name: "Bob & <Co>", email: "bob@example.com" }, baseUrl: base, unsubscribeUrl });
    expect(mail.subject).toBe("CoverDesk: test e-mail");
    expect(mail.text).toContain("Hello Bob & <Co>,");
    expect(mail.text).toContain(unsubscribeUrl);
    expect(mail.html).toContain("Hello Bob &#38; &#60;Co&#62;,");
    expect(mail.html).toContain('href="https://cd.example/settings/notifications"');
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML-special characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;");
  });
});
