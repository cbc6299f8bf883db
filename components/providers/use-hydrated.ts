"use client";

import { useSyncExternalStore } from "react";

const noop = () => () => {};

/** False during the server render and hydration, true after: for content the server cannot render identically. */
export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
