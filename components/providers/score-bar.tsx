/** A 0–10 figure with a bar; the number is the content, the bar is decoration. */
export function ScoreBar({ score, label }: { score: number; label?: string }) {
  return (
    <span className="flex items-center gap-2">
      <span className="tabular-nums font-semibold">{score.toFixed(2)}<span className="font-normal text-[var(--muted)]"> / 10</span></span>
      {label && <span className="sr-only">{label}</span>}
      <span aria-hidden="true" className="h-1.5 w-20 overflow-hidden rounded-full bg-[var(--border)]">
        <span className="block h-full rounded-full bg-[var(--accent)]" style={{ width: `${Math.min(100, score * 10)}%` }} />
      </span>
    </span>
  );
}
