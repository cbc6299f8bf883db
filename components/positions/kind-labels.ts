import type { VENUE_KINDS } from "@/lib/schemas/primitives";

/** Common slugs offered while typing; any other slug is accepted. */
export const CHAIN_SUGGESTIONS = [
  "ethereum", "arbitrum", "optimism", "base", "polygon", "bsc", "avalanche", "gnosis", "solana", "bitcoin",
];

export const VENUE_SUGGESTIONS: Record<(typeof VENUE_KINDS)[number], string[]> = {
  defi: ["aave-v3", "compound-v3", "lido", "curve", "uniswap-v3", "morpho", "spark", "euler-v2", "maker", "pendle", "kamino"],
  cex: ["coinbase", "binance", "kraken", "okx", "bybit", "bitstamp", "gemini"],
  custodian: ["bitgo", "anchorage", "fireblocks", "coinbase-custody", "copper"],
  wallet: ["ledger", "trezor", "safe", "metamask", "rabby"],
};

export const ASSET_KIND_LABELS = { stablecoin: "Stablecoin", lst: "Liquid staking token", native: "Native coin (ETH, BTC…)", other: "Other token" } as const;
export const VENUE_KIND_LABELS = { defi: "DeFi protocol", cex: "Exchange (CEX)", custodian: "Qualified custodian", wallet: "Self-custody wallet" } as const;
