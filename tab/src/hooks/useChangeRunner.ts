/**
 * Runs a page's changes and keeps what the page says about them: the one under way, the last that failed (with
 * the service's words), and a change refused because someone else changed the record first (409) — said, never
 * swallowed, while `onConflict` reads the record again.
 */
import { useCallback, useState } from "react";
import { ApiError } from "../api/apiError.js";
import { useOneAtATime } from "./useOneAtATime.js";

export interface ChangeRunner {
  /** The change under way (its name), if any. */
  busy?: string;
  failure?: { action: string; error: unknown };
  conflict?: ApiError;
  /** Changes after each save of this change and each conflict: its form then starts again from the record. */
  resetKey: (action: string) => string;
  dismissConflict: () => void;
  /** Resolves true once `request` succeeded. */
  run: (action: string, request: () => Promise<void>) => Promise<boolean>;
}

export function useChangeRunner(onConflict: () => void): ChangeRunner {
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<ChangeRunner["failure"]>();
  const [conflict, setConflict] = useState<ApiError>();
  const [conflicts, setConflicts] = useState(0);
  const [saved, setSaved] = useState<Record<string, number>>({});

  const oneAtATime = useOneAtATime<boolean>();
  const run = useCallback(
    (action: string, request: () => Promise<void>) =>
      oneAtATime(action, async () => {
        setBusy(action);
        setFailure(undefined);
        try {
          await request();
          setConflict(undefined);
          setSaved((s) => ({ ...s, [action]: (s[action] ?? 0) + 1 }));
          return true;
        } catch (e) {
          if (e instanceof ApiError && e.code === "revision_conflict") {
            setConflict(e);
            setConflicts((n) => n + 1);
            onConflict();
          } else setFailure({ action, error: e });
          return false;
        } finally {
          setBusy(undefined);
        }
      }),
    [onConflict, oneAtATime],
  );

  return {
    busy,
    failure,
    conflict,
    resetKey: (action: string) => `${conflicts}:${saved[action] ?? 0}`,
    dismissConflict: useCallback(() => setConflict(undefined), []),
    run,
  };
}
