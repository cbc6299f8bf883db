import Link from "next/link";
import { TextField } from "@/components/ui/field";
import { loadingText, MAX_LOADING, parseMaxLoading } from "./optimizer-model";

type Props = { value: string; saved: number; error?: string | null; onChange: (v: string) => void };

/**
 * The value guard this run uses, in words, and a per-run override of the saved one (1–20). The
 * sentence follows the field while it holds a valid multiple, else it keeps the saved one.
 */
export function ValueGuardField({ value, saved, error, onChange }: Props) {
  const inUse = parseMaxLoading(value) ?? saved;
  const overridden = inUse !== saved;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm">
        <span className="font-medium">Value guard.</span> Leaves out cover costing more than {loadingText(inUse)}× the expected loss it covers
        {overridden
          ? <> (this run only; your saved value is {loadingText(saved)}×).</>
          : <> (your saved value, <Link href="/settings" className="underline">change it in Settings</Link>).</>}
      </p>
      <div className="max-w-xs">
        <TextField label="Value guard for this run (×)" type="number" inputMode="decimal" min={MAX_LOADING.min} max={MAX_LOADING.max}
          step={MAX_LOADING.step} autoComplete="off" value={value} error={error}
          hint="1 is a fair price; mutuals charge a loading on top. From 1 to 20."
          onChange={(e) => onChange(e.target.value)} />
      </div>
    </div>
  );
}
