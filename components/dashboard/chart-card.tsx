import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";

/** A chart with its heading, a one-line reading in words, and its figures. */
export function ChartCard({ id, title, caption, children, figures, className = "" }: {
  id: string; title: string; caption: ReactNode; children: ReactNode; figures: ReactNode; className?: string;
}) {
  return (
    <Card aria-labelledby={id} className={`flex min-w-0 flex-col gap-3 ${className}`}>
      <h3 id={id} className="font-semibold">{title}</h3>
      <figure className="m-0 flex flex-col gap-2">
        <div>{children}</div>
        <figcaption className="text-sm text-[var(--muted)]">{caption}</figcaption>
      </figure>
      {figures}
    </Card>
  );
}

export function LegendSwatches({ items }: { items: { label: string; tone: "insured" | "uninsured" | "wasted" }[] }) {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Legend">
      {items.map((i) => (
        <li key={i.label} className="flex items-center gap-2">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: `var(--chart-${i.tone})` }} />
          {i.label}
        </li>
      ))}
    </ul>
  );
}
