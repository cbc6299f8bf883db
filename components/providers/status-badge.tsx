import type { TProviderSummary } from "@/lib/schemas/provider";
import { STATUS_LABELS } from "./labels";

const TONES: Record<TProviderSummary["status"], string> = {
  active: "border-teal-700 text-teal-800 dark:border-teal-400 dark:text-teal-300",
  wound_down: "border-red-700 text-red-800 dark:border-red-400 dark:text-red-300",
  unknown: "border-[var(--border)] text-[var(--muted)]",
};

export function StatusBadge({ status }: { status: TProviderSummary["status"] }) {
  return <span className={`whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}
