"use client";

import { SelectField, TextField } from "@/components/ui/field";
import type { TCoverProduct, TProviderSummary } from "@/lib/schemas/provider";
import type { FormFields } from "@/components/positions/use-form-fields";
import { applyProduct, type CoverFormValues, type CoverSource } from "./cover-form-model";
import { COVERAGE_LABELS, DEDUCTIBLE_LABELS } from "./coverage-labels";

type ProductPickerProps = {
  form: FormFields<CoverFormValues>;
  server: Record<string, string>;
  providers: TProviderSummary[] | undefined;
  products: TCoverProduct[] | undefined;
};

const SOURCES: { value: CoverSource; label: string }[] = [
  { value: "catalog", label: "From the catalog" },
  { value: "elsewhere", label: "Bought elsewhere" },
];

/** Catalog provider → product, or a cover bought elsewhere with an optional provider and a name. */
export function ProductPicker({ form, server, providers, products }: ProductPickerProps) {
  const { values, update, touch, errorFor, set } = form;
  const catalog = values.source === "catalog";
  const product = products?.find((p) => p.id === values.productId);
  const productError = errorFor("productId", server);

  return (
    <fieldset className="flex flex-col gap-3">
      <legend className="mb-2 text-sm font-medium">Product</legend>
      <div className="flex flex-wrap gap-4">
        {SOURCES.map((s) => (
          <label key={s.value} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" name="source" value={s.value} checked={values.source === s.value} className="size-4"
              onChange={() => update((v) => ({ ...v, source: s.value }), ["productId", "productName"])} />
            {s.label}
          </label>
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={catalog ? "Provider" : "Provider (optional)"} value={values.providerSlug}
          error={catalog && !values.providerSlug ? productError : errorFor("providerSlug", server)}
          onBlur={() => touch(catalog ? "productId" : "providerSlug")}
          onChange={(e) => update((v) => ({ ...v, providerSlug: e.target.value, productId: "" }), ["productId", "providerSlug"])}>
          <option value="">{catalog ? "Choose a provider…" : "Not in the catalog / unknown"}</option>
          {providers?.map((p) => (
            <option key={p.slug} value={p.slug}>{p.name}{p.status === "wound_down" ? " (wound down)" : ""}</option>
          ))}
        </SelectField>
        {catalog ? (
          <SelectField label="Product" value={values.productId} disabled={!values.providerSlug}
            error={values.providerSlug ? productError : undefined} onBlur={() => touch("productId")}
            hint={product ? productTerms(product) : values.providerSlug && !products ? "Loading products…" : undefined}
            onChange={(e) => update((v) => applyProduct(v, products?.find((p) => p.id === e.target.value)), ["productId", "coverageType", "deductible.value"])}>
            <option value="">{values.providerSlug ? "Choose a product…" : "Choose a provider first"}</option>
            {products?.map((p) => <option key={p.id} value={p.id}>{p.name} — {COVERAGE_LABELS[p.coverageType]}</option>)}
          </SelectField>
        ) : (
          <TextField label="Product name" value={values.productName} placeholder="e.g. Exchange halt cover" autoComplete="off"
            error={errorFor("productName", server)} onBlur={() => touch("productName")}
            onChange={(e) => set("productName", e.target.value)} />
        )}
      </div>
    </fieldset>
  );
}

function productTerms(p: TCoverProduct): string {
  const parts = [COVERAGE_LABELS[p.coverageType]];
  if (p.deductible) parts.push(`deductible ${p.deductible.value} ${p.deductible.kind === "fixed_usd" ? "USD" : DEDUCTIBLE_LABELS[p.deductible.kind]}`);
  if (p.minPeriodDays || p.maxPeriodDays) parts.push(`${p.minPeriodDays ?? "?"}–${p.maxPeriodDays ?? "?"} days`);
  if (p.claimWindowDays != null) parts.push(`claim window ${p.claimWindowDays} days`);
  if (p.kycRequired) parts.push("KYC");
  return parts.join(" · ");
}
