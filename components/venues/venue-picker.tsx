"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { TVenue } from "@/lib/schemas/venue";
import { useTRPC } from "@/lib/trpc/client";
import { UnlistedMark } from "./venue-name";
import { VenueOptionRow } from "./venue-option-row";
import { namesVenue, unlistedSlug } from "./venue-text";
import { useVenueOptions, type VenueOption } from "./use-venue-options";

/** What the picker chose: a catalog venue, an unlisted slug (`venue` null), or nothing. */
export type VenueChoice = { slug: string; name: string; venue: TVenue | null } | null;

type VenuePickerProps = {
  label?: string;
  /** The chosen slug ("" = none) and, for a catalog venue, its name (null = unlisted). */
  value: string;
  valueName: string | null;
  onChoose: (choice: VenueChoice) => void;
  onBlur?: () => void;
  error?: string;
};

const inputClass =
  "w-full rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-sm aria-[invalid=true]:border-red-600";

/**
 * A WAI-ARIA combobox over the venue catalog (list autocomplete, first match highlighted):
 * type to search names, aliases and slugs; ↑/↓ move, Enter chooses, Escape closes. A family
 * row narrows the list to its venues. Text that names no catalog venue is kept as an unlisted
 * venue's slug, offered as the last option and taken when the field is left.
 */
export function VenuePicker({ label = "Venue", value, valueName, onChoose, onBlur, error }: VenuePickerProps) {
  const id = useId();
  const listId = `${id}-list`;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState(valueName ?? value);
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState({ list: "", index: -1 });
  const [family, setFamily] = useState<TVenue | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // The text of the last choice: leaving the field unchanged keeps that choice as it is.
  const chosenText = useRef(text);
  const { options, settled, failed } = useVenueOptions(text, family?.slug ?? null, open);
  const shown = open && (options.length > 0 || settled);

  // A new list highlights its first option, so Enter takes the best match.
  const list = options.map(optionKey).join("|");
  const active = highlight.list === list ? highlight.index : options.length > 0 ? 0 : -1;
  const setActive = (index: number) => setHighlight({ list, index });
  useEffect(() => {
    if (active >= 0) listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function choose(option: VenueOption) {
    if (option.type === "family") {
      setFamily(option.venue);
      setText(option.venue.name.replace(/\s*\(family\)$/i, ""));
      return;
    }
    setFamily(null);
    setOpen(false);
    chosenText.current = option.type === "venue" ? option.venue.name : option.text;
    if (option.type === "venue") {
      setText(option.venue.name);
      onChoose({ slug: option.venue.slug, name: option.venue.name, venue: option.venue });
    } else {
      setText(option.text);
      onChoose({ slug: option.slug, name: option.text, venue: null });
    }
  }

  /** Leaving the field keeps what was typed: an exact catalog match if there is one, else an unlisted slug. */
  async function commit() {
    setOpen(false);
    setFamily(null);
    onBlur?.();
    const typed = text.trim();
    if (typed === chosenText.current.trim() && typed !== "") return;
    chosenText.current = typed;
    if (typed === "") { onChoose(null); return; }
    const exact = (list: readonly TVenue[]) => list.find((v) => !v.isFamily && namesVenue(typed, v));
    const shownMatch = exact(options.flatMap((o) => (o.type === "venue" ? [o.venue] : [])));
    if (shownMatch) { choose({ type: "venue", venue: shownMatch }); return; }
    const slug = unlistedSlug(typed);
    onChoose(slug === "" ? { slug: typed, name: typed, venue: null } : { slug, name: typed, venue: null });
    const found = exact(await queryClient.fetchQuery(trpc.venue.search.queryOptions({ q: typed, limit: 5 })).catch(() => []));
    if (found) choose({ type: "venue", venue: found });
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    const n = options.length;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!open) { setOpen(true); return; }
      if (n > 0) setActive(e.key === "ArrowDown" ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === "Enter" && shown) {
      // The list on screen may still be the previous query's: Enter waits for this one.
      e.preventDefault();
      if (settled && options[active]) choose(options[active]);
    } else if (e.key === "Escape" && (open || family)) {
      // Close the list only; the dialog around it stays open.
      e.preventDefault();
      e.stopPropagation();
      setFamily(null);
      setOpen(false);
    }
  }

  const unlisted = value !== "" && valueName === null;
  const hint = unlisted
    ? `Not in the catalog: saved as “${value}”, with every chain to choose from`
    : value !== "" ? `Saved as ${value}` : "Type a protocol, exchange, custodian or wallet";
  const status = !shown ? "" : failed ? "The venue list could not be loaded; what you type is kept as an unlisted venue."
    : family ? `${options.length} venues of ${family.name}` : `${options.filter((o) => o.type !== "unlisted").length} venues found`;

  return (
    <div className="relative flex flex-col gap-1">
      <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium">
        {label}{unlisted && <UnlistedMark />}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : `${id}-hint`}
        placeholder="e.g. Aave, Lido, Coinbase, Ledger"
        value={text}
        onChange={(e) => { setText(e.target.value); setFamily(null); setOpen(true); }}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => void commit()}
        className={inputClass}
      />
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label={`${label} suggestions`}
        hidden={!shown}
        aria-busy={!settled}
        className="absolute left-0 right-0 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-[var(--border)] bg-[var(--card)] py-1 shadow-lg"
      >
        {options.map((o, i) => (
          <VenueOptionRow key={optionKey(o)} id={`${id}-opt-${i}`} index={i} option={o} active={i === active}
            onHover={() => setActive(i)} onPick={() => choose(o)} />
        ))}
      </ul>
      <p className="sr-only" aria-live="polite">{status}</p>
      {!error && <p id={`${id}-hint`} className="text-xs text-[var(--muted)]">{hint}</p>}
      {error && <p id={`${id}-error`} className="text-sm text-red-700 dark:text-red-400">{error}</p>}
    </div>
  );
}

function optionKey(o: VenueOption): string {
  return o.type === "unlisted" ? `unlisted:${o.slug}` : `${o.type}:${o.venue.slug}`;
}
