// Venues are chosen from the catalog (components/venues/venue-picker); these are the kinds' words.
export const ASSET_KIND_LABELS = { stablecoin: "Stablecoin", lst: "Liquid staking token", native: "Native coin (ETH, BTC…)", other: "Other token" } as const;
export const VENUE_KIND_LABELS = { defi: "DeFi protocol", cex: "Exchange (CEX)", custodian: "Qualified custodian", wallet: "Self-custody wallet" } as const;
