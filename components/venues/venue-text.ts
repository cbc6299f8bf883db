import { chainName } from "@/lib/chains";

/**
 * The slug an unlisted venue is saved as: "My Vault" → "my-vault", "Bälance" → "balance"; "" when
 * nothing usable is left. Same alphabet as ZSlug (letters, digits, dots, "+" and dashes).
 */
export function unlistedSlug(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9.+]+/g, "-")
    .replace(/^[^a-z0-9]+/, "")
    .slice(0, 64)
    .replace(/[-.+]+$/, "");
}

/** "Ethereum, Arbitrum, Base +6": a venue's chains by name, short enough for one line. */
export function chainsSummary(chains: readonly string[], shown = 3): string {
  if (chains.length === 0) return "any chain";
  const names = chains.slice(0, shown).map(chainName).join(", ");
  return chains.length > shown ? `${names} +${chains.length - shown}` : names;
}

const CATEGORY_WORDS: Record<string, string> = { cex: "exchange", dex: "DEX", lst: "liquid staking", rwa: "RWA", cdp: "CDP" };

/** A catalog category in words: "liquid-staking" → "liquid staking", "cex" → "exchange". */
export function categoryLabel(category: string): string {
  return CATEGORY_WORDS[category] ?? category.replaceAll("-", " ").replaceAll("_", " ");
}

/** True when the typed text names this venue exactly (its slug or its name, any case and spacing). */
export function namesVenue(text: string, venue: { slug: string; name: string }): boolean {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  return t !== "" && (venue.slug === t || venue.slug === unlistedSlug(t) || venue.name.toLowerCase() === t);
}
