const STYLE: Record<string, string> = {
  succeeded: "bg-teal-100 text-teal-900 dark:bg-teal-950 dark:text-teal-200",
  pending: "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200",
  failed: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
};
const LABEL: Record<string, string> = { succeeded: "Delivered", pending: "Retrying", failed: "Failed" };

/** A delivery's status as a badge, with its HTTP status code when there was one. */
export function DeliveryStatus({ status, code }: { status: string; code: number | null }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${STYLE[status] ?? ""}`}>
      {LABEL[status] ?? status}{code !== null ? ` · HTTP ${code}` : ""}
    </span>
  );
}
