/**
 * An element's own width, in CSS px — not the window's: the same tab runs in a 280–320 px meeting side panel, a
 * narrow personal tab and a full channel tab. Starts from the window's width (a side panel's frame is the panel)
 * and follows the element as it resizes.
 */
import { useLayoutEffect, useRef, useState } from "react";

export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(() => (typeof window !== "undefined" ? window.innerWidth : 1024));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
