/**
 * What an element's own width says — not the window's: the same tab runs in a 280–320 px meeting side panel, a
 * narrow personal tab and a full channel tab. `read` turns the width into what the component needs (a whole
 * number of px, whether it is narrow), so that it renders again only when that changes, not at every pixel of a
 * resize. Starts from the window's width (a side panel's frame is the panel), measures the element before it is
 * painted, and follows it as it resizes. `read` must keep its identity between renders (module level, useCallback).
 */
import { useLayoutEffect, useRef, useState } from "react";

export function useWidth<T extends HTMLElement, R extends number | boolean>(read: (width: number) => R) {
  const ref = useRef<T>(null);
  const [value, setValue] = useState<R>(() => read(typeof window !== "undefined" ? window.innerWidth : 1024));
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setValue(read(element.getBoundingClientRect().width));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setValue(read(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [read]);
  return { ref, value };
}
