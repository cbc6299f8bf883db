import type { TOptimizeBudgetOutput } from "@/lib/schemas/recommendation";
import { loadingText } from "./optimizer-model";

const OPEN_UP_TO = 3;

/**
 * "Left out as poor value: N", with the worst examples the server names; collapsed when there are
 * more than three of them to keep the plan in view.
 */
export function PoorValueLine({ poorValue, maxLoading }: { poorValue: TOptimizeBudgetOutput["poorValue"]; maxLoading: number }) {
  const { count, examples } = poorValue;
  if (count === 0) return null;
  const line = (
    <>
      <span className="font-medium">Left out as poor value: {count}</span>{" "}
      <span className="text-[var(--muted)]">(costing more than {loadingText(maxLoading)}× the expected loss they would cover)</span>
    </>
  );
  const more = count - examples.length;
  const list = (
    <ul className="mt-1 list-disc pl-5 text-[var(--muted)]">
      {examples.map((e) => <li key={e}>{e}</li>)}
      {more > 0 && <li>and {more} more</li>}
    </ul>
  );
  if (examples.length === 0) return <p className="text-sm">{line}</p>;
  if (count <= OPEN_UP_TO) {
    return <div className="text-sm"><p>{line}</p>{list}</div>;
  }
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">{line}</summary>
      <p className="mt-1 text-[var(--muted)]">The {examples.length === 1 ? "worst" : `worst ${examples.length}`}:</p>
      {list}
    </details>
  );
}
