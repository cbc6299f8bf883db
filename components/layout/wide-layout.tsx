"use client";

import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from "react";

const WIDE_QUERY = "(min-width: 640px)";

/** The server's guess, from the request's user agent, of whether the screen is 640 px or wider. */
const WideGuess = createContext(true);

export function WideGuessProvider({ wide, children }: { wide: boolean; children: ReactNode }) {
  return <WideGuess.Provider value={wide}>{children}</WideGuess.Provider>;
}

/**
 * Whether to lay out for a wide screen (the table) or a phone (cards). The server renders its guess
 * and hydration starts from the same guess, so a phone gets its cards in the first HTML instead of
 * a table that is swapped out right after hydration; the real width takes over once it is known.
 */
export function useWideLayout(): boolean {
  const guess = useContext(WideGuess);
  const subscribe = useCallback((onChange: () => void) => {
    const list = window.matchMedia(WIDE_QUERY);
    list.addEventListener("change", onChange);
    return () => list.removeEventListener("change", onChange);
  }, []);
  return useSyncExternalStore(subscribe, () => window.matchMedia(WIDE_QUERY).matches, () => guess);
}
