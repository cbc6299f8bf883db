/** The chains CoverDesk knows by name (the venue catalog's and the providers' vocabulary). */
export const KNOWN_CHAINS = [
  "ethereum", "arbitrum", "optimism", "base", "polygon", "bsc", "avalanche", "gnosis", "fantom", "solana", "bitcoin", "terra",
] as const;
export type KnownChain = (typeof KNOWN_CHAINS)[number];

const CHAIN_NAMES: Record<KnownChain, string> = {
  ethereum: "Ethereum", arbitrum: "Arbitrum", optimism: "OP Mainnet", base: "Base", polygon: "Polygon", bsc: "BNB Chain",
  avalanche: "Avalanche", gnosis: "Gnosis", fantom: "Fantom", solana: "Solana", bitcoin: "Bitcoin", terra: "Terra",
};

export const isKnownChain = (slug: string): slug is KnownChain => Object.hasOwn(CHAIN_NAMES, slug);

/** A chain's name; an unlisted slug is shown as typed. */
export function chainName(slug: string): string {
  if (slug === "*") return "Any chain";
  return isKnownChain(slug) ? CHAIN_NAMES[slug] : slug;
}
