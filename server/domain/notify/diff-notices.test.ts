import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/format/calendar";
import { buildAlerts, type Alert } from "@/server/domain/alerts";
import { position, summary } from "@/server/domain/alerts/summary-fixture";
import { diffNotices } from "./diff-notices";
import type { NoticeRecord } from "./types";

const today = "2026-12-01";
const portfolio = { id: "p1", name: "Treasury" };

function alertsOn(expiry: string, extra: Parameters<typeof position>[] = []): Alert[] {
  return buildAlerts(summary({
    positions: [
      position("aave", { label: "Aave USDC", flags: [{ code: "expiring_soon", coverIds: [], until: expiry }] }),
      position("gap", { label: "Big gap", uninsuredUsd: "80000.00", flags: [{ code: "uninsured", coverIds: [] }] }),
      position("small", { label: "Small gap", uninsuredUsd: "500.00", flags: [{ code: "uninsured", coverIds: [] }] }),
      position("euler", { label: "Euler", flags: [{ code: "claim_window_open", coverIds: [], until: addDays(today, 5) }] }),
      position("curve", { label: "Curve", flags: [{ code: "over_insured", coverIds: [] }] }),
      ...extra.map((args) => position(...args)),
    ],
  }), []);
}

const run = (alerts: Alert[], sent: NoticeRecord[], day = today) =>
  diffNotices({ alerts: alerts.map((alert) => ({ alert, portfolio })), sent, today: day, gapThresholdUsd: "10000" });

describe("which alerts the sweep notifies", () => {
  it("notifies new alerts that qualify: expiry within 30 days, claim window within 7, gaps at the threshold; not waste", () => {
    const { notices, record, forget } = run(alertsOn(addDays(today, 20)), []);
    expect(notices.map((n) => `${n.kind}:${n.alert.positions[0]?.label}:${n.stage}:${n.reason}`)).toEqual([
      "cover_expiring:Aave USDC:30:new",
      "claim_window_closing:Euler:7:new",
      "uninsured_gap:Big gap:0:new",
    ]);
    expect(notices[0]?.daysLeft).toBe(20);
    expect(record).toEqual([
      { alertKey: "pf1:aave:expiring_soon", until: addDays(today, 20), stage: 30 },
      { alertKey: "pf1:euler:claim_window_open", until: addDays(today, 5), stage: 7 },
      { alertKey: "pf1:gap:uninsured", until: null, stage: 0 },
    ]);
    expect(forget).toEqual([]);
  });

  it("sends nothing twice: the same alerts at the same stage repeat nothing", () => {
    const alerts = alertsOn(addDays(today, 20));
    const first = run(alerts, []);
    expect(run(alerts, first.record).notices).toEqual([]);
    // A day later the expiry is 19 days away: still the 30-day stage.
    expect(run(alertsOn(addDays(today, 20)), first.record, addDays(today, 1)).notices).toEqual([]);
  });

  it("escalates once at 7 and once at 1 day, even when the sweep skipped the 7-day stage", () => {
    const expiry = addDays(today, 20);
    let sent = run(alertsOn(expiry), []).record;
    const at7 = run(alertsOn(expiry), sent, addDays(expiry, -7));
    expect(at7.notices.map((n) => `${n.kind}:${n.stage}:${n.reason}:${n.daysLeft}`)).toContain("cover_expiring:7:escalated:7");
    sent = [...sent.filter((r) => !at7.record.some((n) => n.alertKey === r.alertKey)), ...at7.record];
    expect(run(alertsOn(expiry), sent, addDays(expiry, -3)).notices.filter((n) => n.kind === "cover_expiring")).toEqual([]);
    const at1 = run(alertsOn(expiry), sent, addDays(expiry, -1));
    expect(at1.notices.filter((n) => n.kind === "cover_expiring").map((n) => `${n.stage}:${n.reason}`)).toEqual(["1:escalated"]);
    // From 30 straight to 1 day (the worker was down for three weeks): one notice, at the 1-day stage.
    const skipped = run(alertsOn(expiry), run(alertsOn(expiry), []).record, addDays(expiry, -1));
    expect(skipped.notices.filter((n) => n.kind === "cover_expiring").map((n) => n.stage)).toEqual([1]);
  });

  it("a renewed cover's new expiry is a new date, notified again", () => {
    const sent = run(alertsOn(addDays(today, 20)), []).record;
    const renewed = run(alertsOn(addDays(today, 25)), sent);
    expect(renewed.notices.map((n) => `${n.kind}:${n.reason}`)).toEqual(["cover_expiring:date_changed"]);
  });

  it("does not send acknowledged alerts, keeps their record, and sends their escalation once the acknowledgement lapses", () => {
    const expiry = addDays(today, 20);
    const sent = run(alertsOn(expiry), []).record;
    const acked = alertsOn(expiry).map((a) => (a.code === "expiring_soon" ? { ...a, acknowledgedUntil: addDays(expiry, -5) } : a));
    const during = run(acked, sent, addDays(expiry, -7));
    expect(during.notices.filter((n) => n.kind === "cover_expiring")).toEqual([]);
    expect(during.forget).not.toContain("pf1:aave:expiring_soon");
    const after = run(acked, sent, addDays(expiry, -4));
    expect(after.notices.filter((n) => n.kind === "cover_expiring").map((n) => n.stage)).toEqual([7]);
    // Never notified and acknowledged: nothing sent, nothing recorded.
    const fresh = run(acked, [], addDays(expiry, -7));
    expect(fresh.record.map((r) => r.alertKey)).not.toContain("pf1:aave:expiring_soon");
  });

  it("forgets alerts that closed, so a gap that reopens is new again; a gap below the threshold is not sent", () => {
    const sent = run(alertsOn(addDays(today, 20)), []).record;
    const closed = alertsOn(addDays(today, 20)).filter((a) => a.code !== "uninsured");
    expect(run(closed, sent).forget).toEqual(["pf1:gap:uninsured"]);
    expect(run(alertsOn(addDays(today, 20)), sent).notices).toEqual([]);
    const grown = alertsOn(addDays(today, 20), [["small", { label: "Small gap", uninsuredUsd: "10000.00", flags: [{ code: "uninsured", coverIds: [] }] }]]);
    expect(run(grown, sent).notices.map((n) => n.alert.positions[0]?.label)).toEqual(["Small gap"]);
  });

  it("does not notify an expiry beyond 30 days or a claim window beyond 7", () => {
    const far = alertsOn(addDays(today, 31)).filter((a) => a.code === "expiring_soon");
    expect(run(far, []).notices).toEqual([]);
  });
});
