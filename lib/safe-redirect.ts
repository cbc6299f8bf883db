/** Only same-site relative paths may be redirect targets (no open redirects). */
export function safeRedirectPath(value: unknown, fallback = "/portfolios"): string {
  if (typeof value !== "string") return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
