import type { TPositionRecommendation } from "@/lib/schemas/recommendation";

export type PageWarning = { code: string; text: string; checklistId: string };

const keyOf = (w: PageWarning) => `${w.code}\u0000${w.text}`;

/**
 * The warnings every suggestion on the page carries (same code and same words): shown once in one
 * block at the top instead of on every card, which then shows only the warnings that differ.
 * With a single suggestion on the page nothing is "shared": the card says it all.
 */
export function sharedWarnings(positions: readonly TPositionRecommendation[]): PageWarning[] {
  const suggestions = positions.flatMap((p) => p.gaps.flatMap((g) => g.suggestions));
  if (suggestions.length < 2) return [];
  const [first, ...rest] = suggestions;
  return first!.warnings.filter((w) => rest.every((s) => s.warnings.some((x) => keyOf(x) === keyOf(w))));
}

/** A card's own warnings: those not already said once for the whole page. */
export function ownWarnings<W extends PageWarning>(warnings: readonly W[], shared: readonly PageWarning[]): W[] {
  const said = new Set(shared.map(keyOf));
  return warnings.filter((w) => !said.has(keyOf(w)));
}
