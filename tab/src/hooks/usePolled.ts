/**
 * An API answer kept fresh: read at once, then again every `intervalMs` while the page is visible (and at once when
 * it becomes visible again), naming the answer it has (If-None-Match) so that an unchanged one costs a 304.
 */
import { useCallback, useEffect, useEffectEvent, useState } from "react";
import { useSession } from "./useSession.js";

export interface Polled<T> {
  data?: T;
  error?: unknown;
  /** An answer obtained otherwise (a change's), with its ETag: the next poll names it. */
  set: (data: T, etag: string | undefined) => void;
  /** Reads again now, naming nothing. */
  refresh: () => void;
}

export function usePolled<T>(path: string, intervalMs: number): Polled<T> {
  const { api, identityKey } = useSession();
  const [answer, setAnswer] = useState<{ data: T; etag?: string }>();
  const [error, setError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  // The answer this page has, named when it asks again (the latest render's, not the effect's first).
  const read = useEffectEvent((fresh: boolean) => api.getIfChanged<T>(path, fresh ? undefined : answer?.etag));

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    // One timer at most, even when a read started by the page becoming visible overlaps one in flight.
    const next = () => {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === "visible") timer = setTimeout(tick, intervalMs);
    };
    const load = (fresh: boolean) =>
      read(fresh).then(
        (result) => {
          if (stopped) return;
          if (result) setAnswer(result);
          setError(undefined);
        },
        (e: unknown) => {
          if (!stopped) setError(e);
        },
      );
    const tick = () => void load(false).then(next);
    const onVisibility = () => {
      clearTimeout(timer);
      if (document.visibilityState === "visible") tick();
    };
    void load(true).then(next);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [path, intervalMs, identityKey, generation]);

  return {
    data: answer?.data,
    error,
    set: useCallback((data: T, etag: string | undefined) => setAnswer({ data, etag }), []),
    refresh: useCallback(() => setGeneration((g) => g + 1), []),
  };
}
