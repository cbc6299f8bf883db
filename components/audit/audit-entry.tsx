import type { TAuditItem } from "@/lib/schemas/audit";
import { describeEntry } from "@/server/domain/audit/describe-entry";
import { formatWhen } from "./audit-model";

const SHOWN_DETAILS = 4;

/** The changed fields: the first few, the rest behind "n more". */
function Details({ details }: { details: string[] }) {
  if (details.length === 0) return null;
  const first = details.slice(0, SHOWN_DETAILS);
  const rest = details.slice(SHOWN_DETAILS);
  return (
    <div className="text-sm text-[var(--muted)]">
      <ul className="flex flex-col gap-0.5">
        {first.map((d, i) => <li key={i} className="break-words">{d}</li>)}
      </ul>
      {rest.length > 0 && (
        <details>
          <summary className="cursor-pointer">{rest.length} more field{rest.length === 1 ? "" : "s"}</summary>
          <ul className="flex flex-col gap-0.5">
            {rest.map((d, i) => <li key={i} className="break-words">{d}</li>)}
          </ul>
        </details>
      )}
    </div>
  );
}

const When = ({ at }: { at: string }) => <time dateTime={at} title={at} className="whitespace-nowrap">{formatWhen(at)}</time>;

/** One entry as a table row (wide screens). */
export function AuditTableRow({ item }: { item: TAuditItem }) {
  const d = describeEntry(item);
  return (
    <tr className="border-t border-[var(--border)] align-top">
      <td className="py-2 pr-3 text-sm"><When at={item.at} /></td>
      <td className="py-2 pr-3 text-sm">
        <span className="font-medium">{d.actor}</span>
        {item.user && <span className="block text-xs text-[var(--muted)] break-all">{item.user.email}</span>}
      </td>
      <td className="py-2">
        <p>{d.summary}</p>
        <Details details={d.details} />
      </td>
    </tr>
  );
}

/** One entry as a card (phones). */
export function AuditCard({ item }: { item: TAuditItem }) {
  const d = describeEntry(item);
  return (
    <li className="flex flex-col gap-1 rounded-lg border border-[var(--border)] bg-[var(--card)] p-3">
      <p className="text-xs text-[var(--muted)]"><When at={item.at} /></p>
      <p><span className="font-medium">{d.actor}</span> {d.summary}</p>
      <Details details={d.details} />
    </li>
  );
}
