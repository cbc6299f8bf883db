"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useState } from "react";
import type { TableState } from "./table-model";
import { parseTableState, serializeTableState } from "./table-url";

type Change = Partial<TableState> | ((current: TableState) => Partial<TableState>);

/**
 * Table state that lives in the address bar (replaceState: no history entry per keystroke,
 * no server round trip), so back from a position page returns to the same view.
 */
export function useTableState(): [TableState, (change: Change) => void] {
  const params = useSearchParams();
  const [state, setState] = useState(() => parseTableState(params));
  const change = useCallback((change: Change) => {
    setState((current) => {
      const partial = typeof change === "function" ? change(current) : change;
      // Any change other than the page itself starts again from page 1.
      return { ...current, ...partial, page: partial.page ?? 1 };
    });
  }, []);
  useEffect(() => {
    const query = serializeTableState(state);
    if (query === window.location.search.slice(1)) return;
    window.history.replaceState(window.history.state, "", query ? `?${query}` : window.location.pathname);
  }, [state]);
  return [state, change];
}
