export const GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type Grade = (typeof GRADES)[number];

/** "1–29 %" or "2.6 %"; null = quote only. */
export function premiumPctLabel(low: string | null, high: string | null): string | null {
  if (low === null || high === null) return null;
  return low === high ? `${low} %` : `${low}–${high} %`;
}

/** A probability 0–1 as a percentage for display and editing: 0.025 → "2.5". */
export function probabilityToPct(p: number): string {
  return String(Number((p * 100).toFixed(4)));
}

/** "Protocol exploit": a risk as a heading. */
export function riskTitle(label: string): string {
  return label.length === 0 ? label : label[0]!.toUpperCase() + label.slice(1);
}
