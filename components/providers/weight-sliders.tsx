"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { TWeights } from "@/lib/schemas/settings";
import { WEIGHT_KEYS } from "@/lib/schemas/values";
import type { TMethodology } from "@/lib/schemas/provider-score";
import type { SaveState } from "./use-compare-weights";

type Props = {
  weights: TWeights;
  methodology: TMethodology;
  onChange: (key: (typeof WEIGHT_KEYS)[number], value: number) => void;
  onReset: () => void;
  isDefault: boolean;
  invalid: string | null;
  signedIn: boolean;
  saveState: SaveState;
  returnTo: string;
};

const SAVE_TEXT: Record<SaveState, string> = {
  idle: "",
  saving: "Saving to your settings…",
  saved: "Saved to your settings: the catalog and recommendations use these weights.",
  error: "Could not save your weights. They still apply on this page.",
};

/** One real range input per category, with its label and value; changes re-rank at once. */
export function WeightSliders({ weights, methodology, onChange, onReset, isDefault, invalid, signedIn, saveState, returnTo }: Props) {
  const sum = WEIGHT_KEYS.reduce((acc, k) => acc + weights[k], 0);
  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-1 text-lg font-semibold">Weights</legend>
      <p className="text-sm text-[var(--muted)]">Relative importance of each category, 0–100. The share is the weight over the sum of all six.</p>
      <div className="grid gap-3 sm:grid-cols-2">
        {WEIGHT_KEYS.map((key) => {
          const id = `weight-${key}`;
          const label = methodology.categories.find((c) => c.key === key)?.label ?? key;
          const share = sum > 0 ? Math.round((weights[key] / sum) * 100) : 0;
          return (
            <div key={key} className="flex flex-col gap-1">
              <div className="flex items-baseline justify-between gap-2 text-sm">
                <label htmlFor={id} className="font-medium">{label}</label>
                <output htmlFor={id} className="tabular-nums">{weights[key]} <span className="text-[var(--muted)]">({share} %)</span></output>
              </div>
              <input id={id} type="range" min={0} max={100} step={1} value={weights[key]}
                aria-valuetext={`${weights[key]}, ${share} percent of the total`}
                onChange={(e) => onChange(key, Number(e.target.value))} className="w-full accent-[var(--accent)]" />
            </div>
          );
        })}
      </div>
      {invalid && <p role="alert" className="text-sm text-red-700 dark:text-red-400">{invalid}</p>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" onClick={onReset} disabled={isDefault}>Reset to default</Button>
        <p role="status" className="text-sm text-[var(--muted)]">
          {signedIn ? SAVE_TEXT[saveState] : (
            <><Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`} className="underline">Sign in</Link> to keep your weights in your settings.</>
          )}
        </p>
      </div>
    </fieldset>
  );
}
