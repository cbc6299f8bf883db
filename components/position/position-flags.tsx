import { flagRank, severityOf } from "@/server/domain/alerts";
import { describeFlag, type FlagContext } from "@/server/domain/alerts/flag-copy";
import { SEVERITY_STYLE } from "@/components/dashboard/severity-style";
import type { TSummaryPosition } from "@/lib/schemas/summary";

/** Every flag of the position, in words, most urgent first: what happened and what it means. */
export function PositionFlags({ position, context }: { position: TSummaryPosition; context: FlagContext }) {
  const flags = [...position.flags].sort((a, b) => flagRank(a.code) - flagRank(b.code));
  return (
    <section aria-labelledby="flags-heading" className="flex flex-col gap-2">
      <h2 id="flags-heading" className="text-lg font-semibold">What needs attention</h2>
      {position.flags.length === 0 ? (
        <p className="rounded-lg border border-dashed border-[var(--border)] p-4 text-sm">
          Nothing: this position is insured to your target, with no cover expiring soon, wasted or out of scope.
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {flags.map((flag) => {
            const copy = describeFlag(position, flag, context);
            const style = SEVERITY_STYLE[severityOf(flag.code)];
            return (
              <li key={flag.code} className={`flex flex-col gap-0.5 rounded-md border border-l-4 border-[var(--border)] bg-[var(--card)] px-3 py-2 ${style.border}`}>
                <div className="flex flex-wrap items-baseline gap-x-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${style.badge}`}>{style.label}</span>
                  <h3 className="text-sm font-semibold">{copy.title}</h3>
                </div>
                <p className="text-sm text-[var(--muted)]">{copy.detail}</p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
