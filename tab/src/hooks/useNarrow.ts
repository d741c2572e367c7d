/** Whether an element is at most `maxWidth` px wide (useWidth.ts: its own width, followed as it resizes). */
import { useWidth } from "./useWidth.js";

export function useNarrow<T extends HTMLElement>(maxWidth: number) {
  const { ref, width } = useWidth<T>();
  return { ref, narrow: width <= maxWidth };
}
