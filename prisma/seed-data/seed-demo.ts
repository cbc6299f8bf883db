// The demo account (DESIGN §7): demo@coverdesk.local with a documented password and the sample
// portfolio of demo-portfolio.ts. Idempotent: an existing demo user is left as it is.
import { hash } from "@node-rs/argon2";
import type { PrismaClient } from "@/server/db/generated/client";
import { DEMO_EMAIL, DEMO_PORTFOLIO_NAME, DEMO_POSITIONS, demoCovers, type DemoCover } from "./demo-portfolio";

/**
 * The demo shows every kind of alert, the incident one included, from real incidents only: no
 * sourced incident on its venues is within the default 90 days, but the Aave exploit of 2024-08-28
 * (Ethereum) hits its Aave v3 deposit within three years. A user's own setting (Settings → Alerts).
 */
export const DEMO_INCIDENT_LOOKBACK_DAYS = 3 * 365;

/** The documented demo password; override with DEMO_PASSWORD (at least 10 characters). */
export const DEFAULT_DEMO_PASSWORD = "coverdesk-demo-2026";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function demoPassword(env: NodeJS.ProcessEnv = process.env): string {
  const password = env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
  if (password.length < 10) throw new Error("DEMO_PASSWORD must be at least 10 characters");
  return password;
}

const utcDay = (day: string) => new Date(`${day}T00:00:00.000Z`);
const todayUtc = () => new Date().toISOString().slice(0, 10);

function idOf(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Demo cover refers to an unknown position: ${key}`);
  return id;
}

async function productIds(tx: Tx, covers: DemoCover[]): Promise<Map<string, string>> {
  const rows = await tx.coverProduct.findMany({
    where: { OR: covers.map((c) => ({ slug: c.product.slug, provider: { slug: c.product.provider } })) },
    select: { id: true, slug: true, provider: { select: { slug: true } } },
  });
  return new Map(rows.map((r) => [`${r.provider.slug}/${r.slug}`, r.id]));
}

async function createPortfolio(tx: Tx, userId: string, today: string): Promise<void> {
  const portfolio = await tx.portfolio.create({
    data: { createdById: userId, members: { create: { userId: userId, role: "owner" } }, name: DEMO_PORTFOLIO_NAME, description: "Sample positions and covers showing every kind of alert." },
  });
  const positionIds = new Map<string, string>();
  for (const { key, ...p } of DEMO_POSITIONS) {
    const row = await tx.position.create({ data: { ...p, portfolioId: portfolio.id } });
    positionIds.set(key, row.id);
  }
  const covers = demoCovers(today);
  const products = await productIds(tx, covers);
  for (const c of covers) {
    const productId = products.get(`${c.product.provider}/${c.product.slug}`) ?? null;
    await tx.cover.create({
      data: {
        portfolioId: portfolio.id,
        productId,
        // Without the catalog, the cover is recorded as bought elsewhere.
        providerSlug: productId ? null : c.product.provider,
        productName: productId ? null : c.productName,
        coverageType: c.coverageType, amountUsd: c.amountUsd, premiumUsd: c.premiumUsd,
        venues: c.venues, chains: c.chains, claimWindowDays: c.claimWindowDays,
        startsAt: utcDay(c.startsAt), expiresAt: utcDay(c.expiresAt), status: "held",
        positions: { create: c.positions.map((key) => ({ positionId: idOf(positionIds, key) })) },
      },
    });
  }
}

/** Seeds the demo account once (run seedCatalog first so covers link to catalog products). */
export async function seedDemo(
  db: PrismaClient, today: string = todayUtc(),
): Promise<{ email: string; password: string; created: boolean }> {
  const password = demoPassword();
  const result = { email: DEMO_EMAIL, password, created: false };
  if (await db.user.findFirst({ where: { email: DEMO_EMAIL }, select: { id: true } })) return result;
  const passwordHash = await hash(password);
  try {
    await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { email: DEMO_EMAIL, name: "Demo user", passwordHash, incidentLookbackDays: DEMO_INCIDENT_LOOKBACK_DAYS } });
      await createPortfolio(tx, user.id, today);
    });
  } catch (e) {
    // Another instance created it concurrently: the unique email wins, nothing duplicated.
    if ((e as { code?: string }).code === "P2002") return result;
    throw e;
  }
  return { ...result, created: true };
}
