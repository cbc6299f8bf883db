import type { PrismaClient } from "@/server/db/generated/client";
import { signUp } from "@/server/services/account-service";

const VENUES = [
  { venueKind: "defi", venue: "aave-v3", assetKind: "stablecoin", asset: "USDC" },
  { venueKind: "defi", venue: "lido", assetKind: "lst", asset: "stETH" },
  { venueKind: "cex", venue: "coinbase", assetKind: "native", asset: "BTC" },
  { venueKind: "custodian", venue: "bitgo", assetKind: "native", asset: "ETH" },
  { venueKind: "wallet", venue: "ledger", assetKind: "native", asset: "ETH" },
] as const;
const CHAINS = ["ethereum", "arbitrum", "base", "optimism", "polygon"];
const COVER_TYPES = ["protocol_exploit", "depeg", "exchange_halt", "custody_theft", "slashing"] as const;

/** A user with one portfolio of `positions` positions and twice as many covers (1–3 positions each). */
export async function createLoadFixture(db: PrismaClient, positions: number): Promise<{ email: string; password: string; portfolioId: string }> {
  const email = `load-${Date.now().toString(36)}@load.coverdesk.test`;
  const password = "load-test-password";
  const user = await signUp(db, { email, name: "Load test", password });
  const portfolio = await db.portfolio.create({ data: { createdById: user.id, members: { create: { userId: user.id, role: "owner" } }, name: "Load test portfolio" } });
  const positionRows = Array.from({ length: positions }, (_, i) => ({
    id: `lp${i}`, portfolioId: portfolio.id, label: `Position ${i}`, chain: CHAINS[i % CHAINS.length]!,
    valueUsd: String(1000 + ((i * 7919) % 500_000)), ...VENUES[i % VENUES.length]!,
  }));
  await db.position.createMany({ data: positionRows });
  const covers = Array.from({ length: positions * 2 }, (_, i) => ({
    id: `lc${i}`, portfolioId: portfolio.id, productName: `Cover ${i}`, coverageType: COVER_TYPES[i % COVER_TYPES.length]!,
    amountUsd: String(500 + ((i * 104729) % 200_000)), startsAt: new Date(Date.UTC(2026, i % 12, 1)), expiresAt: new Date(Date.UTC(2027, i % 12, 1 + (i % 27))),
  }));
  await db.cover.createMany({ data: covers });
  const links = covers.flatMap((c, i) => Array.from({ length: 1 + (i % 3) }, (_, k) => ({ coverId: c.id, positionId: `lp${(i * 31 + k * 17) % positions}` })));
  await db.coverPosition.createMany({ data: links, skipDuplicates: true });
  return { email, password, portfolioId: portfolio.id };
}
