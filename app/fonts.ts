import localFont from "next/font/local";

/**
 * Geist Mono, as the geist package sets it up but not preloaded: only score explanations and
 * import templates use it, and a preload put its 70 KiB ahead of every page's first paint.
 */
export const geistMono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Roboto Mono", "Menlo", "Monaco", "Liberation Mono", "DejaVu Sans Mono", "Courier New", "monospace"],
  weight: "100 900",
  preload: false,
});
