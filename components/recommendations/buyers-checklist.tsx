import { CHECKLIST_ITEMS, MISTAKES, RED_FLAGS, type ChecklistEntry } from "@/server/domain/recommend/checklist";

function Group<Id extends string>({ title, entries, tone }: { title: string; entries: readonly ChecklistEntry<Id>[]; tone?: "warn" }) {
  return (
    <div className="flex flex-col gap-1.5">
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="flex flex-col gap-2 text-sm">
        {entries.map((e) => (
          <li key={e.id} id={`check-${e.id}`} className="scroll-mt-4 target:rounded target:bg-amber-50 target:outline target:outline-2 target:outline-amber-600 dark:target:bg-amber-950">
            <span className="font-medium">{tone === "warn" && <span aria-hidden="true">⚠ </span>}{e.title}.</span>{" "}
            <span className="text-[var(--muted)]">{e.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** DESIGN §5: what to check before buying; each suggestion warning links to its entry here. */
export function BuyersChecklist() {
  return (
    <aside id="checklist" aria-labelledby="checklist-heading" className="flex flex-col gap-4 rounded-lg border border-[var(--border)] bg-[var(--card)] p-4">
      <h2 id="checklist-heading" className="text-lg font-semibold">Buyer&apos;s checklist</h2>
      <Group title="Before you buy" entries={CHECKLIST_ITEMS} />
      <Group title="Red flags" entries={RED_FLAGS} tone="warn" />
      <Group title="Common mistakes" entries={MISTAKES} tone="warn" />
    </aside>
  );
}
