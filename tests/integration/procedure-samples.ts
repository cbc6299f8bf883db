/**
 * A valid input for every procedure that touches a user's rows, built from that user's ids.
 * The authorization sweep checks this covers every procedure of the router, so a new
 * procedure cannot ship without being swept.
 */
export type OwnedIds = {
  portfolioId: string; positionId: string; coverId: string; quoteId: string; productId: string; webhookId: string; shareLinkId: string; inviteId: string;
  apiTokenId: string;
};

export const PUBLIC_PROCEDURES: string[] = ["auth.signUp", "provider.list", "provider.get", "provider.products", "provider.compare", "venue.search", "venue.bySlugs", "incident.list", "member.inviteInfo"];

/**
 * Protected procedures on the caller's own account that must refuse these samples (a password
 * that is not the caller's, an email that is not the caller's): another user's call is refused
 * and changes none of the owner's rows.
 */
export const OWN_ACCOUNT_PROCEDURES: string[] = ["account.changePassword", "account.deleteAccount"];

const position = { label: "Intruder", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "1" };
const cover = { productName: "Intruder cover", coverageType: "protocol_exploit", amountUsd: "1", startsAt: "2026-01-01", expiresAt: "2026-02-01" };

const importCsvSample = "label,asset,asset_kind,chain,venue_kind,venue,value_usd\nIntruder,ETH,native,ethereum,wallet,ledger,1\n";

export function ownedIdSamples(ids: OwnedIds): Record<string, unknown> {
  return {
    "auth.ping": undefined,
    "account.signOutEverywhere": undefined,
    "account.changePassword": { currentPassword: "not-the-callers-password", newPassword: "an-intruders-password" },
    "account.deleteAccount": { confirmEmail: "someone-else@int.coverdesk.test" },
    "settings.get": undefined,
    "settings.update": { kycOk: false },
    "portfolio.list": undefined,
    "portfolio.get": { id: ids.portfolioId },
    "portfolio.create": { name: "Intruder portfolio" },
    "portfolio.update": { id: ids.portfolioId, name: "Renamed by intruder" },
    "portfolio.delete": { id: ids.portfolioId },
    "portfolio.summary": { portfolioId: ids.portfolioId, asOf: "2026-06-01" },
    "portfolio.overview": { portfolioId: ids.portfolioId, asOf: "2026-06-01" },
    "portfolio.statement": { portfolioId: ids.portfolioId, format: "md" },
    "portfolio.importCsv": { portfolioId: ids.portfolioId, kind: "positions", csv: importCsvSample },
    "portfolio.export": { portfolioId: ids.portfolioId, format: "json" },
    "position.list": { portfolioId: ids.portfolioId },
    "position.get": { id: ids.positionId },
    "position.create": { portfolioId: ids.portfolioId, ...position },
    "position.update": { id: ids.positionId, valueUsd: "0" },
    "position.delete": { id: ids.positionId },
    "cover.list": { portfolioId: ids.portfolioId },
    "cover.get": { id: ids.coverId },
    "cover.create": { portfolioId: ids.portfolioId, ...cover, positionIds: [ids.positionId] },
    "cover.update": { id: ids.coverId, amountUsd: "999" },
    "cover.delete": { id: ids.coverId },
    "alert.list": { portfolioId: ids.portfolioId },
    "alert.acknowledge": { key: `${ids.portfolioId}:${ids.positionId}:uninsured`, until: "2099-01-01" },
    "alert.unacknowledge": { key: `${ids.portfolioId}:${ids.positionId}:uninsured` },
    "alert.acknowledgeGroup": { portfolioId: ids.portfolioId, code: "uninsured", until: "2099-01-01" },
    "recommendation.forPosition": { positionId: ids.positionId },
    "recommendation.forPortfolio": { portfolioId: ids.portfolioId },
    "recommendation.optimizeBudget": { portfolioId: ids.portfolioId, budgetUsd: "1000" },
    "incident.forPortfolio": { portfolioId: ids.portfolioId, lookbackDays: 3650 },
    "quote.create": { portfolioId: ids.portfolioId, productId: ids.productId, ratePct: "2.5", quotedAt: "2026-11-01" },
    "quote.list": { portfolioId: ids.portfolioId },
    "quote.delete": { id: ids.quoteId },
    "notification.preferences": undefined,
    "notification.updatePreferences": { digestHour: 3, emailEnabled: false },
    "notification.checkNow": undefined,
    "notification.sendTestEmail": undefined,
    "notification.outbox": {},
    "notification.calendarUrl": undefined,
    "notification.rotateCalendarToken": undefined,
    "notification.disableCalendar": undefined,
    // A public address literal: saving resolves no name, so the sample does not depend on DNS.
    "webhook.create": { url: "https://93.184.215.14/coverdesk", events: ["alert.incident"] },
    "webhook.list": undefined,
    "webhook.delete": { id: ids.webhookId },
    "webhook.test": { id: ids.webhookId },
    "webhook.deliveries": { webhookId: ids.webhookId },
    "apiToken.create": { name: "Intruder token", scope: "read-write", portfolioId: ids.portfolioId },
    "apiToken.list": undefined,
    "apiToken.revoke": { id: ids.apiTokenId },
    "member.list": { portfolioId: ids.portfolioId },
    "member.invites": { portfolioId: ids.portfolioId },
    "member.leave": { portfolioId: ids.portfolioId },
    "member.invite": { portfolioId: ids.portfolioId, email: "intruder@int.coverdesk.test", role: "owner" },
    "member.revokeInvite": { id: ids.inviteId },
    "member.acceptInvite": { token: "A".repeat(43) },
    "member.updateRole": { portfolioId: ids.portfolioId, userId: "someone-else", role: "owner" },
    "member.remove": { portfolioId: ids.portfolioId, userId: "someone-else" },
    "share.create": { portfolioId: ids.portfolioId, hideAmounts: true },
    "share.list": { portfolioId: ids.portfolioId },
    "share.revoke": { id: ids.shareLinkId },
    "audit.list": { portfolioId: ids.portfolioId },
    "audit.exportCsv": { portfolioId: ids.portfolioId },
    "recommendation.applySuggestions": { portfolioId: ids.portfolioId, items: [{ positionId: ids.positionId, productId: "any-product", amountUsd: "1" }] },
  };
}
