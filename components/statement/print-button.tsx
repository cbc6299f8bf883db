"use client";

/** Opens the browser's print dialog: "Save as PDF" there gives the A4 statement (see the print rules in app/globals.css). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-[var(--border)] bg-[var(--card)] px-3 py-1 text-sm"
    >
      Print / Save as PDF
    </button>
  );
}
