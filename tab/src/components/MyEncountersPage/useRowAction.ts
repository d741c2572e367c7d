import { useState } from "react";

/**
 * One action at a time on a row of « Mes rencontres »: busy while it runs, then the sentence it announces (when it
 * returns one) or its failure, for the section's ActionOutcome.
 */
export function useRowAction() {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState<unknown>();
  const run = (step: () => Promise<string | undefined>) => {
    if (busy) return;
    setBusy(true);
    setFailure(undefined);
    step()
      .then((said) => {
        if (said) setNotice(said);
      })
      .catch(setFailure)
      .finally(() => setBusy(false));
  };
  return { busy, notice, failure, run };
}
