import { useState } from "react";
import { useOneAtATime } from "../../hooks/useOneAtATime.js";

/**
 * One action at a time on a row of « Mes rencontres »: busy while it runs, then the sentence it announces (when it
 * returns one) or its failure, for the section's ActionOutcome.
 */
export function useRowAction() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState<unknown>();
  const oneAtATime = useOneAtATime<unknown>();
  /** `key`: the action and its row (the same twice at once is sent once). */
  const run = (key: string, step: () => Promise<string | undefined>) =>
    void oneAtATime(key, async () => {
      setBusy(true);
      setFailure(undefined);
      try {
        const said = await step();
        if (said) setNotice(said);
      } catch (error) {
        setFailure(error);
      } finally {
        setBusy(false);
      }
    });
  return { busy, notice, failure, run };
}
