// A stand-in origin: what matters is whether the target stays on it.
const SAME_ORIGIN = "https://coverdesk.invalid";
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * Only same-origin paths may be redirect targets (no open redirects). The target is parsed as a
 * URL against the app's origin, as a browser would; control characters (browsers drop tabs and
 * newlines, so `/\t/evil.example` becomes `//evil.example`) and backslashes (read as slashes)
 * are refused outright. Anything else falls back — never an error.
 */
export function safeRedirectPath(value: unknown, fallback = "/portfolios"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 2048) return fallback;
  if (CONTROL_OR_BACKSLASH.test(value) || !value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, SAME_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== SAME_ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
