/**
 * §5 / §7: my share of telehealth for a period (GET /activity/share/{period}) and the in-person activity
 * I enter for it (PUT). The count field starts from what the service holds for the period.
 */
import { useState } from "react";
import type { ShareView } from "../api/types.js";
import { useAsync } from "./useAsync.js";
import { useSession } from "./useSession.js";

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/** `error: undefined` is a count that is not a whole number (said at the field). */
export type ShareSaveState = { kind: "idle" | "saving" | "saved" } | { kind: "error"; error: unknown };

export function useTelehealthShare(period: string) {
  const { api, identityKey } = useSession();
  const [count, setCount] = useState("");
  const [saveState, setSaveState] = useState<ShareSaveState>({ kind: "idle" });
  const validPeriod = PERIOD.test(period);
  const share = useAsync(async () => {
    if (!validPeriod) return null;
    const { data } = await api.get<ShareView>(`/activity/share/${period}`);
    setCount(data.inPerson === null ? "" : String(data.inPerson));
    return data;
  }, `share|${identityKey}|${period}|${validPeriod}`);

  const save = async () => {
    if (!/^\d+$/.test(count.trim())) {
      setSaveState({ kind: "error", error: undefined });
      return;
    }
    setSaveState({ kind: "saving" });
    try {
      await api.send<ShareView>("PUT", `/activity/share/${period}`, { inPerson: Number(count) });
      setSaveState({ kind: "saved" });
      share.reload();
    } catch (error) {
      setSaveState({ kind: "error", error });
    }
  };

  return { share, validPeriod, count, setCount, saveState, save };
}
