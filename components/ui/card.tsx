import type { HTMLAttributes } from "react";

export function Card({ className = "", ...props }: HTMLAttributes<HTMLElement>) {
  return <section {...props} className={`rounded-lg border border-[var(--border)] bg-[var(--card)] p-4 ${className}`} />;
}
