"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { ZName } from "@/lib/schemas/primitives";
import { formErrors } from "@/lib/trpc/errors";
import { useTRPC } from "@/lib/trpc/client";

export function CreatePortfolioForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [touched, setTouched] = useState(false);
  const create = useMutation(trpc.portfolio.create.mutationOptions({
    onSuccess: () => {
      setName("");
      setTouched(false);
      return queryClient.invalidateQueries({ queryKey: trpc.portfolio.list.queryKey() });
    },
  }));
  const local = ZName.safeParse(name);
  const localError = touched && !local.success ? local.error.issues[0]?.message : undefined;
  const server = formErrors(create.error);

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setTouched(true);
    if (local.success) create.mutate({ name: local.data });
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end" noValidate>
      <div className="flex-1">
        <TextField label="New portfolio name" name="name" value={name} placeholder="e.g. DAO treasury"
          onChange={(e) => setName(e.target.value)} onBlur={() => setTouched(true)}
          error={localError ?? server.fields.name} />
      </div>
      <Button type="submit" disabled={create.isPending}>{create.isPending ? "Creating…" : "Create portfolio"}</Button>
      {create.error && !server.fields.name && <FormMessage message={server.message} />}
    </form>
  );
}
