"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { TPriceBasis } from "@/lib/schemas/recommendation";
import type { PageWarning } from "./shared-warnings";

type Advice = {
  /** The point of published ranges the page prices at. */
  priceBasis: TPriceBasis;
  /** Warnings said once for the whole page; cards leave them out. */
  sharedWarnings: readonly PageWarning[];
};

const AdviceContext = createContext<Advice>({ priceBasis: "mid", sharedWarnings: [] });

export function AdviceProvider({ value, children }: { value: Advice; children: ReactNode }) {
  return <AdviceContext.Provider value={value}>{children}</AdviceContext.Provider>;
}

export function useAdvice(): Advice {
  return useContext(AdviceContext);
}
