import { VENUE_KIND_LABELS } from "@/components/positions/kind-labels";
import { categoryLabel, chainsSummary } from "./venue-text";
import type { VenueOption } from "./use-venue-options";

type Props = { id: string; index: number; option: VenueOption; active: boolean; onHover: () => void; onPick: () => void };

/** One listbox option: the venue's name, then its category and chains (or what choosing it does). */
export function VenueOptionRow({ id, index, option, active, onHover, onPick }: Props) {
  const [title, detail] = describe(option);
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      data-index={index}
      // Keep focus in the input: the choice is made on click, the field is not left.
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={active ? undefined : onHover}
      onClick={onPick}
      className={`flex cursor-pointer flex-col px-3 py-2 text-sm ${active ? "bg-slate-100 dark:bg-slate-800" : ""} ${option.type === "unlisted" ? "border-t border-[var(--border)]" : ""}`}
    >
      <span className="font-medium [overflow-wrap:anywhere]">{title}</span>
      <span className="text-xs text-[var(--muted)]">{detail}</span>
    </li>
  );
}

function describe(o: VenueOption): [string, string] {
  if (o.type === "unlisted") return [`Use “${o.text}” as an unlisted venue`, `Saved as ${o.slug}; not in the catalog`];
  const v = o.venue;
  if (o.type === "family") return [v.name, `${categoryLabel(v.category)} · show its venues`];
  const kind = v.kind === "defi" ? categoryLabel(v.category) : VENUE_KIND_LABELS[v.kind];
  return [v.name, `${kind} · ${chainsSummary(v.chains)}`];
}
