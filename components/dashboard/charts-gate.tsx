"use client";

import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from "react";

/** Outside a gate, charts load at once (the position page); inside one, when it nears the screen. */
const ChartsWanted = createContext(true);

export const useChartsWanted = () => useContext(ChartsWanted);

/**
 * Holds the charts (and their ~125 KiB of recharts) back until their section is within 300 px of
 * the screen: on a phone the figures and alerts above them are ready without waiting for chart code.
 */
export function ChartsGate({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === "undefined") {
      setWanted(true);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setWanted(true);
        observer.disconnect();
      }
    }, { rootMargin: "300px 0px" });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return <div ref={ref} className={className}><ChartsWanted.Provider value={wanted}>{children}</ChartsWanted.Provider></div>;
}
