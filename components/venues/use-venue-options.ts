"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { TVenue } from "@/lib/schemas/venue";
import { useDebounced } from "@/components/ui/use-debounced";
import { useTRPC } from "@/lib/trpc/client";
import { namesVenue, unlistedSlug } from "./venue-text";

export type VenueOption =
  | { type: "venue"; venue: TVenue }
  | { type: "family"; venue: TVenue }
  | { type: "unlisted"; slug: string; text: string };

const DEBOUNCE_MS = 150;
const LIMIT = 8;

/**
 * The picker's options for the typed text: catalog venues (concrete ones first, as venue.search
 * ranks them), family rows, and last the typed text as an unlisted venue. With a family chosen,
 * only its venues.
 */
export function useVenueOptions(text: string, family: string | null, enabled: boolean) {
  const trpc = useTRPC();
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const input = family ? { q: family, limit: 50 } : { ...(q && { q }), limit: LIMIT };
  const search = useQuery(trpc.venue.search.queryOptions(input, { enabled, placeholderData: keepPreviousData, staleTime: 5 * 60_000 }));
  const venues = (search.data ?? []).filter((v) => (family ? v.family === family && !v.isFamily : true));
  const options: VenueOption[] = venues.map((v) => ({ type: v.isFamily ? "family" : "venue", venue: v }));
  const slug = unlistedSlug(text);
  if (!family && slug !== "" && !venues.some((v) => !v.isFamily && namesVenue(text, v))) {
    options.push({ type: "unlisted", slug, text: text.trim() });
  }
  // Settled: the list shown belongs to the text typed (not a previous query kept on screen).
  const settled = (family !== null || q === text.trim()) && !search.isPlaceholderData && !search.isFetching;
  return { options, settled, failed: search.isError };
}
