import { useCallback, useRef } from "react";

/**
 * One change at a time: a second click or submit that comes before the page shows the first as busy (a double click
 * does) shares the first's outcome instead of sending the same change again — which the service would refuse with a
 * false conflict ("someone else changed it"), or as a duplicate, after the first had worked.
 */
export function useOneAtATime<T>(): (step: () => Promise<T>) => Promise<T> {
  const running = useRef<Promise<T>>(undefined);
  return useCallback((step: () => Promise<T>) => {
    if (running.current) return running.current;
    const outcome = step().finally(() => {
      running.current = undefined;
    });
    running.current = outcome;
    return outcome;
  }, []);
}
