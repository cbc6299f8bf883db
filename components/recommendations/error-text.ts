import { formErrors } from "@/lib/trpc/errors";

/** One line for a failed action that has no form field to sit beside: the field's own message wins. */
export function formatErrorMessage(error: unknown): string {
  const { message, fields } = formErrors(error);
  const first = Object.values(fields)[0];
  return first ?? message ?? "Something went wrong. Please try again.";
}
