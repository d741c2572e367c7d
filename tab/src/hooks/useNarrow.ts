/** Whether an element is at most `maxWidth` px wide (useWidth.ts: its own width, followed as it resizes). */
import { useCallback } from "react";
import { useWidth } from "./useWidth.js";

export function useNarrow<T extends HTMLElement>(maxWidth: number) {
  const read = useCallback((width: number) => width <= maxWidth, [maxWidth]);
  const { ref, value } = useWidth<T, boolean>(read);
  return { ref, narrow: value };
}
