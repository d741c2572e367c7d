/**
 * Whether an element is at most `maxWidth` px wide — its own width, not the window's: the same tab runs in a
 * 280–320 px meeting side panel, a narrow personal tab and a full channel tab. Starts from the window's width (a
 * side panel's frame is the panel) and follows the element as it resizes.
 */
import { useLayoutEffect, useRef, useState } from "react";

export function useNarrow<T extends HTMLElement>(maxWidth: number) {
  const ref = useRef<T>(null);
  const [narrow, setNarrow] = useState(() => typeof window !== "undefined" && window.innerWidth <= maxWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setNarrow(entry.contentRect.width <= maxWidth);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [maxWidth]);
  return { ref, narrow };
}
