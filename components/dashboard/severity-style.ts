import type { AlertSeverity } from "@/server/domain/alerts/types";

/** Severity is said in words (the badge) and shown in colour (the left border), never colour alone. */
export const SEVERITY_STYLE: Record<AlertSeverity, { label: string; border: string; badge: string }> = {
  urgent: {
    label: "Act now",
    border: "border-l-red-600 dark:border-l-red-400",
    badge: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  },
  warning: {
    label: "Gap",
    border: "border-l-orange-600 dark:border-l-orange-400",
    badge: "bg-orange-100 text-orange-900 dark:bg-orange-950 dark:text-orange-200",
  },
  notice: {
    label: "Review",
    border: "border-l-slate-400 dark:border-l-slate-500",
    badge: "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  },
};
