/** Accepts what people paste ("$100,000", "1 250.50") and leaves the rest to the schema's message. */
export function normalizeMoney(input: string): string {
  return input.trim().replace(/^\$/, "").replace(/[,\s_]/g, "");
}

/** Map zod issues to one message per field path ("expiresAt", "deductible.value"). */
export function issuesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) out[issue.path.map(String).join(".")] ??= issue.message;
  return out;
}
