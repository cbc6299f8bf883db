import { useCallback } from "react";

const LAYERS = "svg g[class^='recharts-zIndex-layer']:not([tabindex])";

/**
 * Chromium makes any SVG element with focus listeners tabbable, and React attaches them to the
 * portal layers recharts draws into, which would add a dozen empty tab stops per chart. The
 * figures are in the table beside each chart, so the marks stay out of the tab order.
 */
export function useUntabbableLayers(): (node: HTMLDivElement | null) => (() => void) | undefined {
  return useCallback((node: HTMLDivElement | null) => {
    if (!node) return undefined;
    const settle = () => node.querySelectorAll(LAYERS).forEach((g) => g.setAttribute("tabindex", "-1"));
    settle();
    const observer = new MutationObserver(settle);
    observer.observe(node, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
}
