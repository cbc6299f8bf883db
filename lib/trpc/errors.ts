/** Field errors and a message from a tRPC error, for forms. */
export type FormErrors = { message: string | null; fields: Record<string, string> };

type ErrorShape = {
  message?: string;
  data?: { fieldErrors?: Record<string, string[] | undefined>; issues?: { path: string; message: string }[] } | null;
};

export function formErrors(error: unknown): FormErrors {
  if (!error) return { message: null, fields: {} };
  const e = error as ErrorShape;
  const fields: Record<string, string> = {};
  for (const issue of e.data?.issues ?? []) fields[issue.path] ??= issue.message;
  for (const [k, v] of Object.entries(e.data?.fieldErrors ?? {})) if (v?.[0]) fields[k] ??= v[0];
  const hasFields = Object.keys(fields).length > 0;
  return { message: hasFields ? "Please correct the highlighted fields." : e.message ?? "Something went wrong", fields };
}
