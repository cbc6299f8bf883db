"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useState } from "react";
import { parseCatalogState, serializeCatalogState, type CatalogState } from "./catalog-url";

/** Catalog state that lives in the address bar (replaceState: no history entry per change, no server round trip). */
export function useCatalogState(): [CatalogState, (change: Partial<CatalogState>) => void] {
  const params = useSearchParams();
  const [state, setState] = useState(() => parseCatalogState(params));
  const change = useCallback((partial: Partial<CatalogState>) => {
    setState((current) => {
      const next = { ...current, ...partial };
      const query = serializeCatalogState(next);
      window.history.replaceState(window.history.state, "", query ? `?${query}` : window.location.pathname);
      return next;
    });
  }, []);
  return [state, change];
}
