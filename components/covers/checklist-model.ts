/** The checklist renders at most this many rows; the search narrows the rest. */
export const CHECKLIST_LIMIT = 200;

export type ChecklistItem = { id: string; label: string; venue: string; chain: string; valueUsd: string };

export type ChecklistView = { shown: ChecklistItem[]; matching: ChecklistItem[] };

/** Positions matching every word of the search (and only the selected ones if asked), capped for rendering. */
export function checklistView(
  items: readonly ChecklistItem[], query: string, selected: ReadonlySet<string>, onlySelected: boolean, limit = CHECKLIST_LIMIT,
): ChecklistView {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  const matching = items.filter((item) => {
    if (onlySelected && !selected.has(item.id)) return false;
    const text = `${item.label} ${item.venue} ${item.chain}`.toLowerCase();
    return terms.every((t) => text.includes(t));
  });
  return { shown: matching.slice(0, limit), matching };
}

/** Adds or removes every matching id, keeping the order the ids were picked in. */
export function toggleAll(selected: readonly string[], ids: readonly string[], on: boolean): string[] {
  if (!on) {
    const drop = new Set(ids);
    return selected.filter((id) => !drop.has(id));
  }
  const have = new Set(selected);
  return [...selected, ...ids.filter((id) => !have.has(id))];
}
