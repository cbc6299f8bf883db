import { SelectField, TextField } from "@/components/ui/field";
import { DEDUCTIBLE_KINDS } from "@/lib/schemas/values";
import type { TCoverProduct } from "@/lib/schemas/provider";
import type { FormFields } from "@/components/positions/use-form-fields";
import type { CoverFormValues } from "./cover-form-model";
import { DEDUCTIBLE_LABELS } from "./coverage-labels";

type DeductibleFieldsProps = { form: FormFields<CoverFormValues>; server: Record<string, string>; product: TCoverProduct | undefined };

export function DeductibleFields({ form, server, product }: DeductibleFieldsProps) {
  const { values, update, set, touch, errorFor } = form;
  const kind = values.deductibleKind;
  // With no deductible of its own, a catalog cover is sized with its product's (DESIGN §2).
  const none = product?.deductible ? `The product's (${product.deductible.value} ${DEDUCTIBLE_LABELS[product.deductible.kind]})` : "None";
  return (
    <>
      <SelectField label="Deductible" value={kind} error={errorFor("deductible.kind", server)}
        hint={kind === "pct_of_cover" ? "Pays the loss minus this share of the cover amount" : kind === "pct_of_loss" ? "You bear this share of every loss" : undefined}
        onChange={(e) => update((v) => ({ ...v, deductibleKind: e.target.value as CoverFormValues["deductibleKind"], deductibleValue: e.target.value ? v.deductibleValue : "" }), ["deductible.kind", "deductible.value"])}>
        <option value="">{none}</option>
        {DEDUCTIBLE_KINDS.map((k) => <option key={k} value={k}>{DEDUCTIBLE_LABELS[k]}</option>)}
      </SelectField>
      {kind && (
        <TextField label={kind === "fixed_usd" ? "Deductible (USD)" : "Deductible (%)"} inputMode="decimal" autoComplete="off"
          value={values.deductibleValue} error={errorFor("deductible.value", server)}
          onChange={(e) => set("deductibleValue", e.target.value, "deductible.value")} onBlur={() => touch("deductible.value")} />
      )}
    </>
  );
}
