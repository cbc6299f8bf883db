import { describe, expect, it } from "vitest";
import { changesOf } from "./changes";
import { DELETED_ACCOUNT, describeEntry, formatAuditValue, subjectFromChanges } from "./describe-entry";

const alice = { name: "Alice", email: "alice@example.com" };

describe("formatAuditValue", () => {
  it("groups amounts, keeps their decimals, and shortens midnight times to a day", () => {
    expect(formatAuditValue("100000")).toBe("100,000");
    expect(formatAuditValue("1234567.50")).toBe("1,234,567.50");
    expect(formatAuditValue("-2500")).toBe("-2,500");
    expect(formatAuditValue(125000)).toBe("125,000");
    expect(formatAuditValue("007")).toBe("007");
    expect(formatAuditValue("2026-03-01T00:00:00.000Z")).toBe("2026-03-01");
    expect(formatAuditValue("2026-03-01T14:05:09.123Z")).toBe("2026-03-01 14:05 UTC");
  });

  it("writes nothing, booleans, lists and long text readably", () => {
    expect(formatAuditValue(null)).toBe("—");
    expect(formatAuditValue(undefined)).toBe("—");
    expect(formatAuditValue("")).toBe("(empty)");
    expect(formatAuditValue(true)).toBe("yes");
    expect(formatAuditValue([])).toBe("none");
    expect(formatAuditValue(["ethereum", "base"])).toBe("ethereum, base");
    expect(formatAuditValue({ kind: "pct" })).toBe('{"kind":"pct"}');
    const long = formatAuditValue("x".repeat(200));
    expect(long).toHaveLength(80);
    expect(long.endsWith("…")).toBe(true);
  });
});

describe("describeEntry", () => {
  it("names the row from the caller's subject: an update of a position", () => {
    const d = describeEntry({ action: "update", entity: "position", changes: { valueUsd: ["100000", "125000"] }, subject: "Aave USDC", user: alice });
    expect(d).toEqual({ actor: "Alice", summary: "updated position Aave USDC", details: ["valueUsd 100,000 → 125,000"], text: "Alice updated position Aave USDC: valueUsd 100,000 → 125,000" });
  });

  it("names the row from its own changes when no subject is given; a creation shows the new values only", () => {
    const changes = changesOf(null, { label: "Aave USDC", valueUsd: "100000", risks: ["depeg"] }, ["label", "valueUsd", "risks"]);
    const d = describeEntry({ action: "create", entity: "position", changes, user: alice });
    expect(d.text).toBe("Alice created position Aave USDC: label Aave USDC; valueUsd 100,000; risks depeg");
  });

  it("a deletion shows the old values; a cover is named by its product", () => {
    const changes = changesOf({ productName: "Yield Token Cover", amountUsd: "80000" }, null, ["productName", "amountUsd"]);
    expect(describeEntry({ action: "delete", entity: "cover", changes, user: alice }).text).toBe("Alice deleted cover Yield Token Cover: productName Yield Token Cover; amountUsd 80,000");
  });

  it("a cleared value on an update shows both sides", () => {
    expect(describeEntry({ action: "update", entity: "portfolio", changes: { description: ["Main", null] }, user: alice }).text).toBe("Alice updated the portfolio: description Main → —");
  });

  it("speaks of members, invitations and share links in their own words", () => {
    const bob = { name: "Bob", email: "bob@example.com" };
    expect(describeEntry({ action: "accept", entity: "member", changes: { email: [null, "bob@example.com"], role: [null, "editor"] }, user: bob }).summary).toBe("joined the portfolio as editor");
    expect(describeEntry({ action: "leave", entity: "member", changes: { email: ["bob@example.com", null], role: ["viewer", null] }, user: bob }).text).toBe("Bob left the portfolio: email bob@example.com; role viewer");
    expect(describeEntry({ action: "role", entity: "member", changes: { role: ["viewer", "editor"] }, subject: "bob@example.com", user: alice }).text).toBe("Alice changed the role of bob@example.com: role viewer → editor");
    expect(describeEntry({ action: "remove", entity: "member", changes: { email: ["bob@example.com", null] }, user: alice }).summary).toBe("removed member bob@example.com");
    expect(describeEntry({ action: "invite", entity: "invite", changes: { email: [null, "carol@example.com"], role: [null, "viewer"] }, user: alice }).summary).toBe("invited carol@example.com as viewer");
    expect(describeEntry({ action: "revoke", entity: "invite", changes: { revokedAt: [null, "2026-01-02T10:00:00.000Z"] }, subject: "carol@example.com", user: alice }).text).toBe("Alice revoked the invitation of carol@example.com: revokedAt — → 2026-01-02 10:00 UTC");
    expect(describeEntry({ action: "create", entity: "share_link", changes: { hideAmounts: [null, true] }, user: alice }).text).toBe("Alice created a share link: hideAmounts yes");
    expect(describeEntry({ action: "import", entity: "portfolio", changes: { kind: [null, "positions"], positions: [null, 3] }, user: alice }).text).toBe("Alice imported positions into the portfolio: kind positions; positions 3");
    expect(describeEntry({ action: "rename", entity: "portfolio", changes: { name: ["Old", "New"] }, user: alice }).text).toBe("Alice renamed the portfolio: name Old → New");
  });

  it("stands in for a deleted account, an unknown action, and a change that is not a pair", () => {
    const d = describeEntry({ action: "frobnicate", entity: "quote", changes: { odd: "not a pair" }, user: null });
    expect(d).toEqual({ actor: DELETED_ACCOUNT, summary: "frobnicate quote", details: [], text: `${DELETED_ACCOUNT} frobnicate quote` });
    expect(describeEntry({ action: "update", entity: "position", changes: null, user: { name: " ", email: "x@y.z" } }).actor).toBe("x@y.z");
  });
});

describe("subjectFromChanges", () => {
  it("prefers the newer side and skips empty text", () => {
    expect(subjectFromChanges("position", { label: ["Old", "New"] })).toBe("New");
    expect(subjectFromChanges("position", { label: ["Gone", null] })).toBe("Gone");
    expect(subjectFromChanges("position", { valueUsd: ["1", "2"] })).toBeNull();
    expect(subjectFromChanges("quote", { productId: [null, "p1"] })).toBeNull();
    expect(subjectFromChanges("member", { email: [null, " "] })).toBeNull();
  });
});
