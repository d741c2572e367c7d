/**
 * Runs an async loader whenever its key changes (or on reload); the last answer wins. The state is the
 * answer to the current key, or loading: nothing is set while the effect runs, only when the answer comes.
 */
import { useCallback, useEffect, useEffectEvent, useState } from "react";

export type AsyncState<T> = { status: "loading" } | { status: "ready"; data: T } | { status: "error"; error: unknown };

const LOADING = { status: "loading" } as const;

export function useAsync<T>(load: () => Promise<T>, key: string): AsyncState<T> & { reload: () => void } {
  const [generation, setGeneration] = useState(0);
  const request = `${key}#${generation}`;
  const [settled, setSettled] = useState<{ request: string; state: AsyncState<T> }>();
  // The loader of the latest render: `key` says what it loads.
  const run = useEffectEvent(() => load());

  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setSettled({ request, state: { status: "ready", data } }),
      (error: unknown) => current && setSettled({ request, state: { status: "error", error } }),
    );
    return () => {
      current = false;
    };
  }, [request]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const state = settled?.request === request ? settled.state : LOADING;
  return { ...state, reload };
}
