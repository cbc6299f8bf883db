"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { AlertsForm } from "./alerts-form";
import { AssumptionsForm } from "./assumptions-form";
import { ProfileForm } from "./profile-form";
import { RiskGrades } from "./risk-grades";
import { SecuritySection } from "./security-section";
import { WeightsForm } from "./weights-form";

/** Everything a recommendation is explained from that belongs to the user. */
export function SettingsView() {
  const trpc = useTRPC();
  const settings = useQuery(trpc.settings.get.queryOptions());
  if (settings.isError) return <p role="alert" className="rounded-lg border border-red-600 p-4">Your settings could not be loaded. Reload the page to try again.</p>;
  if (!settings.data) return <p role="status" className="text-[var(--muted)]">Loading your settings…</p>;
  const s = settings.data;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-[var(--muted)]">Signed in as {s.email}.</p>
      <ProfileForm settings={s} />
      <WeightsForm key={s.weightsAreDefault ? "default" : "own"} settings={s} />
      <AssumptionsForm settings={s} />
      <AlertsForm settings={s} />
      <RiskGrades />
      <SecuritySection email={s.email} />
    </div>
  );
}
