"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { TCover } from "@/lib/schemas/cover";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";
import { useFormFields } from "@/components/positions/use-form-fields";
import { usePortfolioRefresh } from "@/components/positions/use-portfolio-refresh";
import type { ChecklistItem } from "./checklist-model";
import { coverServerFields, coverToValues, emptyCover, toCoverInput, validateCover } from "./cover-form-model";
import { CoverTermsFields } from "./cover-terms-fields";
import { PositionChecklist } from "./position-checklist";
import { ProductPicker } from "./product-picker";
import { keepFocus } from "@/components/positions/keep-focus";

type CoverFormProps = { portfolioId: string; cover?: TCover; positions: ChecklistItem[]; onDone: () => void };

export function CoverForm({ portfolioId, cover, positions, onDone }: CoverFormProps) {
  const trpc = useTRPC();
  const refresh = usePortfolioRefresh();
  const form = useFormFields(cover ? coverToValues(cover) : emptyCover(), validateCover);
  const { values } = form;
  const formRef = useRef<HTMLFormElement>(null);
  const providers = useQuery(trpc.provider.list.queryOptions());
  const provider = useQuery({
    ...trpc.provider.get.queryOptions({ slug: values.providerSlug }),
    enabled: values.source === "catalog" && values.providerSlug !== "",
  });
  const products = values.providerSlug ? provider.data?.products : undefined;
  const product = products?.find((p) => p.id === values.productId);

  const options = { onSuccess: async () => { await refresh(); onDone(); } };
  const create = useMutation(trpc.cover.create.mutationOptions(options));
  const update = useMutation(trpc.cover.update.mutationOptions(options));
  const mutation = cover ? update : create;
  const serverErrors = formErrors(mutation.error);
  const server = coverServerFields(serverErrors.fields);

  useEffect(() => {
    if (form.submitCount > 0) formRef.current?.querySelector<HTMLElement>("[aria-invalid=true], [data-invalid=true]")?.focus();
  }, [form.submitCount]);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!form.submit()) return;
    const input = toCoverInput(values);
    if (cover) update.mutate({ id: cover.id, ...input });
    else create.mutate({ portfolioId, ...input });
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={mutation.error ? serverErrors.message : null} />
      {providers.error && <FormMessage message="The provider catalog could not be loaded; you can still record a cover bought elsewhere." />}
      <ProductPicker form={form} server={server} providers={providers.data} products={products} />
      <CoverTermsFields form={form} server={server} product={product} />
      <PositionChecklist items={positions} selected={values.positionIds} error={form.errorFor("positionIds", server)}
        onChange={(ids) => form.set("positionIds", ids)} />
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="secondary" onClick={onDone} onMouseDown={keepFocus}>Cancel</Button>
        <Button type="submit" disabled={mutation.isPending} onMouseDown={keepFocus}>{mutation.isPending ? "Saving…" : cover ? "Save cover" : "Add cover"}</Button>
      </div>
    </form>
  );
}
