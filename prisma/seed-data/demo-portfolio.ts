// The demo account's sample portfolio "Demo treasury" (DESIGN §7): dated relative to `today` so that
// on that day it shows every flag of DESIGN §3.3 (default settings: target ratio 0.8, expiring
// within 30 days, uninsured from $1,000). Pure data: no I/O.
import type { AssetKind, CoverageType, RiskGrade, VenueKind } from "@/server/db/generated/enums";

export const DEMO_EMAIL = "demo@coverdesk.local";
export const DEMO_PORTFOLIO_NAME = "Demo treasury";

export type DemoPosition = {
  key: string; label: string; asset: string; assetKind: AssetKind; chain: string;
  venueKind: VenueKind; venue: string; valueUsd: string; riskGrade: RiskGrade | null;
};

export type DemoCover = {
  /** Catalog product (provider slug, product slug); its provider, scope and terms apply. */
  product: { provider: string; slug: string };
  /** Shown if the catalog product is missing (cover recorded as bought elsewhere). */
  productName: string;
  coverageType: CoverageType;
  amountUsd: string;
  premiumUsd: string | null;
  startsAt: string;
  expiresAt: string;
  claimWindowDays: number | null;
  venues: string[];
  chains: string[];
  positions: string[];
};

/** `day` plus `n` calendar days, as YYYY-MM-DD (UTC). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export const DEMO_POSITIONS: DemoPosition[] = [
  // no_cover_market: ETH in a hardware wallet carries no risk in §3.1 (wallet + native), so no cover market.
  { key: "ledger-eth", label: "ETH in Ledger", asset: "ETH", assetKind: "native", chain: "ethereum", venueKind: "wallet", venue: "ledger", valueUsd: "120000", riskGrade: null },
  // uninsured: exchange balance with no cover at all (primary risk exchange_halt, $50k ≥ $1k uninsured).
  { key: "coinbase-usdc", label: "USDC on Coinbase", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "cex", venue: "coinbase", valueUsd: "50000", riskGrade: "B" },
  // healthy, and the main part of the provider concentration: $220k Nexus Protocol Cover on $250k (ratio 0.88).
  { key: "aave-usdc", label: "USDC deposit, Aave v3 (Ethereum)", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "aave-v3", valueUsd: "250000", riskGrade: "A" },
  // under_insured: $40k InsurAce cover on $100k (ratio 0.4 < 0.8).
  { key: "lido-wsteth", label: "wstETH, Lido (Ethereum)", asset: "wstETH", assetKind: "lst", chain: "ethereum", venueKind: "defi", venue: "lido", valueUsd: "100000", riskGrade: "A" },
  // over_insured: two overlapping covers ($30k Nexus + $20k OpenCover) on a $30k position → $20k wasted.
  { key: "curve-lp", label: "USDC/USDT LP, Curve (Arbitrum)", asset: "USDC-USDT", assetKind: "stablecoin", chain: "arbitrum", venueKind: "defi", venue: "curve", valueUsd: "30000", riskGrade: "B" },
  // expiring_soon: its only cover (OpenCover) ends in 12 days, no follow-on cover.
  { key: "compound-eth", label: "ETH supplied, Compound v3 (Base)", asset: "ETH", assetKind: "native", chain: "base", venueKind: "defi", venue: "compound-v3", valueUsd: "60000", riskGrade: "B" },
  // expired (+ uninsured): its Neptune Mutual cover ended 35 days ago; no claim window on that product.
  { key: "spark-dai", label: "DAI deposit, Spark (Ethereum)", asset: "DAI", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "spark", valueUsd: "40000", riskGrade: "B" },
  // not_started (+ uninsured): its Nexus cover starts in 10 days.
  { key: "morpho-wbtc", label: "WBTC collateral, Morpho (Ethereum)", asset: "WBTC", assetKind: "other", chain: "ethereum", venueKind: "defi", venue: "morpho", valueUsd: "80000", riskGrade: "B" },
  // claim_window_open (+ expired, uninsured): Bridge Mutual cover ended 3 days ago, 7-day claim window.
  { key: "euler-usdc", label: "USDC deposit, Euler v2 (Ethereum)", asset: "USDC", assetKind: "stablecoin", chain: "ethereum", venueKind: "defi", venue: "euler-v2", valueUsd: "45000", riskGrade: "C" },
  // scope_mismatch (+ uninsured): linked to Etherisc's USDC depeg cover, which covers Ethereum only.
  { key: "kamino-usdc", label: "USDC lending, Kamino (Solana)", asset: "USDC", assetKind: "stablecoin", chain: "solana", venueKind: "defi", venue: "kamino", valueUsd: "25000", riskGrade: "C" },
  // healthy custodian position: BitGo's crime policy applies to assets in its qualified custody.
  { key: "bitgo-btc", label: "BTC, BitGo qualified custody", asset: "BTC", assetKind: "native", chain: "bitcoin", venueKind: "custodian", venue: "bitgo", valueUsd: "90000", riskGrade: "A" },
];

/**
 * Covers, dated from `today`. Insured total today: 220k (Aave) + 40k (Lido) + 30k (Curve) + 50k
 * (Compound) + 90k (BitGo) = 430k, of which Nexus Mutual holds 220k + ≈17.6k (its pay-share of the
 * Curve 30k: Nexus pays 28.5k after the product's 5 %-of-cover deductible, OpenCover 20k) ≈ 237.6k
 * = 55 % → provider_concentration (> 50 %).
 */
export function demoCovers(today: string): DemoCover[] {
  const d = (n: number) => addDays(today, n);
  const cover = (c: Omit<DemoCover, "claimWindowDays" | "venues" | "chains"> & Partial<DemoCover>): DemoCover => ({
    claimWindowDays: null, venues: [], chains: [], ...c,
  });
  return [
    // Healthy + provider_concentration: Nexus Protocol Cover on the Aave v3 USDC deposit, 300 days.
    cover({ product: { provider: "nexus-mutual", slug: "protocol-cover" }, productName: "Protocol Cover", coverageType: "protocol_exploit", amountUsd: "220000", premiumUsd: "4290", startsAt: d(-100), expiresAt: d(200), positions: ["aave-usdc"] }),
    // under_insured: InsurAce smart contract cover for 40 % of the Lido position.
    cover({ product: { provider: "insurace", slug: "smart-contract-vulnerability-cover" }, productName: "Smart Contract Vulnerability Cover", coverageType: "protocol_exploit", amountUsd: "40000", premiumUsd: "1040", startsAt: d(-60), expiresAt: d(120), positions: ["lido-wsteth"] }),
    // over_insured (1/2): Nexus Protocol Cover for the full Curve LP…
    cover({ product: { provider: "nexus-mutual", slug: "protocol-cover" }, productName: "Protocol Cover", coverageType: "protocol_exploit", amountUsd: "30000", premiumUsd: "690", startsAt: d(-60), expiresAt: d(120), positions: ["curve-lp"] }),
    // over_insured (2/2): …plus an OpenCover L2 Protocol Cover bought later on Arbitrum: $20k beyond exposure.
    cover({ product: { provider: "opencover", slug: "protocol-cover-l2" }, productName: "Protocol Cover (Nexus-underwritten, bought on L2)", coverageType: "protocol_exploit", amountUsd: "20000", premiumUsd: "460", startsAt: d(-30), expiresAt: d(150), positions: ["curve-lp"] }),
    // expiring_soon: OpenCover L2 cover on Base ends in 12 days (≤ 30), nothing follows it.
    cover({ product: { provider: "opencover", slug: "protocol-cover-l2" }, productName: "Protocol Cover (Nexus-underwritten, bought on L2)", coverageType: "protocol_exploit", amountUsd: "50000", premiumUsd: "1200", startsAt: d(-340), expiresAt: d(12), positions: ["compound-eth"] }),
    // expired: Neptune Mutual parametric cover (product since closed) ended 35 days ago.
    cover({ product: { provider: "neptune-mutual", slug: "parametric-cover-pools" }, productName: "Parametric cover pools (DeFi protocols, exchanges)", coverageType: "protocol_exploit", amountUsd: "40000", premiumUsd: "300", startsAt: d(-125), expiresAt: d(-35), positions: ["spark-dai"] }),
    // not_started: Nexus Protocol Cover bought ahead, starts in 10 days, 365 days (the product maximum).
    cover({ product: { provider: "nexus-mutual", slug: "protocol-cover" }, productName: "Protocol Cover", coverageType: "protocol_exploit", amountUsd: "70000", premiumUsd: "1750", startsAt: d(10), expiresAt: d(375), positions: ["morpho-wbtc"] }),
    // claim_window_open: Bridge Mutual pool cover ended 3 days ago; claims allowed 7 days after expiry.
    // Scope set on the cover (the pool is per protocol; the product's chains are unknown).
    cover({ product: { provider: "bridge-mutual", slug: "coverage-pools" }, productName: "Smart contract / stablecoin / exchange coverage pools", coverageType: "protocol_exploit", amountUsd: "45000", premiumUsd: "1100", startsAt: d(-368), expiresAt: d(-3), claimWindowDays: 7, venues: ["euler-v2"], chains: ["ethereum"], positions: ["euler-usdc"] }),
    // scope_mismatch: Etherisc USDC depeg protection covers USDC on Ethereum; the Kamino position is on Solana.
    cover({ product: { provider: "etherisc", slug: "usdc-depeg-protection" }, productName: "USDC Depeg Protection", coverageType: "depeg", amountUsd: "25000", premiumUsd: "250", startsAt: d(-20), expiresAt: d(160), positions: ["kamino-usdc"] }),
    // Healthy custodian cover: BitGo qualified custody insurance (custody_theft) for the BTC held there.
    cover({ product: { provider: "bitgo-custody", slug: "qualified-custody-insurance" }, productName: "Qualified custody insurance (crime/specie)", coverageType: "custody_theft", amountUsd: "90000", premiumUsd: null, startsAt: d(-200), expiresAt: d(165), positions: ["bitgo-btc"] }),
  ];
}
