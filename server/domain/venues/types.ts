export type VenueKind = "defi" | "cex" | "custodian" | "wallet";

/** What the pure venue functions need of a catalog venue. */
export type VenueEntry = {
  slug: string;
  name: string;
  kind: VenueKind;
  isFamily: boolean;
  /** A family's children held by the catalog, main venue first. */
  children: string[];
  /** The family a protocol belongs to. */
  family: string | null;
  category: string;
  chains: string[];
  aliases: string[];
  /** Decimal string, or null when unknown (exchanges, custodians, wallets). */
  tvlUsd: string | null;
};
