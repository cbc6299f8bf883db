import Link from "next/link";
import { formatRatio } from "@/lib/format/money";
import type { TForPortfolioOutput } from "@/lib/schemas/recommendation";

/** The settings every suggestion below was computed from, in words, with where to change them. */
export function PrefsNote({ prefs }: { prefs: TForPortfolioOutput["prefs"] }) {
  const parts = [
    `target ${formatRatio(prefs.targetRatio)} of each risk insured`,
    prefs.region ? `region ${prefs.region}` : "region not set (products that exclude some regions are kept, with a warning)",
    prefs.kycOk ? "willing to do KYC" : "no KYC (products that require it are left out)",
    prefs.weightsAreDefault ? "default provider-score weights" : "your own provider-score weights",
    `poor value above ${prefs.maxLoading}× the expected loss a cover takes away`,
  ];
  return (
    <p className="text-sm text-[var(--muted)]">
      Based on your settings: {parts.join("; ")}. <Link href="/settings" className="underline">Change settings</Link>
    </p>
  );
}
