import { useCallback, useRef } from "react";

/**
 * The same change once at a time: a second click or submit of the same change (`key`) that comes before the page
 * shows the first as busy (a double click does) shares the first's outcome instead of sending it again — which the
 * service would refuse, after the first had worked, as a false conflict ("someone else changed it") or as a
 * duplicate. A different change runs as it would have.
 */
export function useOneAtATime<T>(): (key: string, step: () => Promise<T>) => Promise<T> {
  const running = useRef(new Map<string, Promise<T>>());
  return useCallback((key: string, step: () => Promise<T>) => {
    const same = running.current.get(key);
    if (same) return same;
    const outcome = step().finally(() => running.current.delete(key));
    running.current.set(key, outcome);
    return outcome;
  }, []);
}
