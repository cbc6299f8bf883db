"use client";

import { useId, useLayoutEffect, useRef, type ReactNode } from "react";

type ModalProps = {
  title: string;
  onClose: () => void;
  children: ReactNode;
  wide?: boolean;
  role?: "dialog" | "alertdialog";
  /** Asked on close: the id of an element to focus instead of the opener (e.g. the opener was deleted). */
  returnFocusTo?: () => string | null;
};

/**
 * A native modal <dialog>: the browser keeps focus inside and makes the page behind inert.
 * Focus starts on the element marked data-autofocus or the first form field (not the close
 * button), and goes back to whatever opened the dialog when it closes.
 */
export function Modal({ title, onClose, children, wide = false, role = "dialog", returnFocusTo }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Layout effect: its cleanup runs before React removes the dialog, while focus can still move.
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLElement>("[data-autofocus], form input, form select")?.focus();
    return () => {
      dialog?.close();
      const insteadId = returnFocusTo?.();
      const instead = insteadId ? document.getElementById(insteadId) : null;
      (instead ?? opener)?.focus();
    };
  }, [returnFocusTo]);
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      onCancel={(e) => { e.preventDefault(); onClose(); }}
      className={`m-auto w-[calc(100%-1rem)] ${wide ? "max-w-3xl" : "max-w-lg"} max-h-[calc(100dvh-1rem)] overflow-y-auto rounded-lg border border-[var(--border)] bg-[var(--card)] p-0 text-[var(--fg)] shadow-xl backdrop:bg-slate-950/60`}
    >
      <div className="sticky top-0 z-10 flex items-center justify-between gap-2 border-b border-[var(--border)] bg-[var(--card)] px-4 py-3">
        <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
        <button type="button" onClick={onClose} className="rounded-md px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800" aria-label="Close">
          ✕
        </button>
      </div>
      <div className="p-4">{children}</div>
    </dialog>
  );
}
