import { SelectField, TextField } from "@/components/ui/field";
import { COVERAGE_TYPES } from "@/lib/schemas/values";
import type { TCoverProduct } from "@/lib/schemas/provider";
import type { FormFields } from "@/components/positions/use-form-fields";
import { amountHint } from "@/components/positions/amount-hint";
import type { CoverFormValues } from "./cover-form-model";
import { COVERAGE_LABELS } from "./coverage-labels";
import { DeductibleFields } from "./deductible-fields";

type TermsProps = { form: FormFields<CoverFormValues>; server: Record<string, string>; product: TCoverProduct | undefined };
type TextKey = "amountUsd" | "premiumUsd" | "startsAt" | "expiresAt" | "claimWindowDays";


/** What the cover protects against, how much, when, and on what terms. */
export function CoverTermsFields({ form, server, product }: TermsProps) {
  const { values, set, touch, errorFor } = form;
  const bind = (field: TextKey) => ({
    name: field,
    value: values[field],
    onChange: (e: { target: { value: string } }) => set(field, e.target.value),
    onBlur: () => touch(field),
    error: errorFor(field, server),
  });
  const fromCatalog = values.source === "catalog" && Boolean(values.productId);
  const period = product?.minPeriodDays || product?.maxPeriodDays ? `This product runs ${product.minPeriodDays ?? "?"}–${product.maxPeriodDays ?? "?"} days` : undefined;
  const windowHint = product?.claimWindowDays != null ? `Blank = the product's ${product.claimWindowDays} days` : "Days after expiry to file a claim; blank if none";

  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <SelectField label="Coverage type" name="coverageType" value={values.coverageType} disabled={fromCatalog}
        hint={fromCatalog ? "Set by the product" : undefined} error={errorFor("coverageType", server)} onBlur={() => touch("coverageType")}
        onChange={(e) => set("coverageType", e.target.value as CoverFormValues["coverageType"])}>
        <option value="">Choose…</option>
        {COVERAGE_TYPES.map((t) => <option key={t} value={t}>{COVERAGE_LABELS[t]}</option>)}
      </SelectField>
      <SelectField label="Status" name="status" value={values.status} hint="Drafts stay out of every figure"
        onChange={(e) => set("status", e.target.value as CoverFormValues["status"])}>
        <option value="held">Held (bought)</option>
        <option value="draft">Draft (considering)</option>
      </SelectField>
      <TextField label="Cover amount (USD)" inputMode="decimal" autoComplete="off" placeholder="e.g. 80000" hint={amountHint(values.amountUsd, "The most it pays")} {...bind("amountUsd")} />
      <TextField label="Premium paid (USD, optional)" inputMode="decimal" autoComplete="off" hint={amountHint(values.premiumUsd, "For the whole period")} {...bind("premiumUsd")} />
      <TextField label="Starts" type="date" {...bind("startsAt")} />
      <TextField label="Expires" type="date" hint={period} {...bind("expiresAt")} />
      <DeductibleFields form={form} server={server} product={fromCatalog ? product : undefined} />
      <TextField label="Claim window (days, optional)" inputMode="numeric" autoComplete="off" hint={windowHint} {...bind("claimWindowDays")} />
    </div>
  );
}
