// Chain slugs: the vocabulary of Position.chain, Provider.chains and CoverProduct.chains.

/** Every chain slug the catalog uses, in display order. "*" (any chain) is allowed in product scopes. */
export const CHAIN_SLUGS = [
  "ethereum", "arbitrum", "optimism", "base", "polygon", "bsc", "avalanche", "gnosis", "fantom", "solana", "terra",
] as const;
export type ChainSlug = (typeof CHAIN_SLUGS)[number];

/** What a generic "EVM-compatible networks / Ethereum L2s" phrase in a fact expands to. */
export const EVM_CHAINS: readonly ChainSlug[] = [
  "ethereum", "arbitrum", "optimism", "base", "polygon", "bsc", "avalanche", "gnosis",
];

const ALIASES: Record<string, ChainSlug> = {
  ethereum: "ethereum", arbitrum: "arbitrum", optimism: "optimism", base: "base", polygon: "polygon",
  bsc: "bsc", "bnb chain": "bsc", avalanche: "avalanche", gnosis: "gnosis", "gnosis chain": "gnosis",
  xdai: "gnosis", solana: "solana", fantom: "fantom", terra: "terra",
};

function stringLeaves(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringLeaves);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringLeaves);
  return [];
}

/**
 * The chain slugs a fact names: each string (parenthetical removed, case-insensitive) that is a
 * known chain name; a generic "EVM … / L2s" phrase expands to EVM_CHAINS; anything else
 * ("others", "multi-chain") is not a chain and stays in the fact only.
 */
export function chainSlugsOf(value: unknown): ChainSlug[] {
  const found = new Set<ChainSlug>();
  for (const raw of stringLeaves(value)) {
    const name = raw.replace(/\([^)]*\)/g, "").trim().toLowerCase();
    const slug = ALIASES[name];
    if (slug) found.add(slug);
    else if (/\bevm\b|\bl2s?\b/.test(name)) EVM_CHAINS.forEach((c) => found.add(c));
  }
  return CHAIN_SLUGS.filter((c) => found.has(c));
}
