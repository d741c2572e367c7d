/**
 * Saving a configuration page. In Teams: Teams' own Save button (registerOnSaveHandler) runs `prepare`,
 * then saves the tab's URL, or keeps the dialog open with the failure; validity follows `ready`.
 * Outside Teams (dev identity): the page's button runs `prepare`, then opens the tab.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { onConfigSave, setConfigValidity } from "../host/teamsConfig.js";
import { errorText } from "../i18n/errorText.js";
import { useLocale } from "../i18n/localeContext.js";
import { useSession } from "./useSession.js";

export interface ConfigSave {
  busy: boolean;
  error: unknown;
  /** Outside Teams only. */
  saveHere: () => void;
}

/** Launch parameters the opened tab keeps (dev identity). */
const KEPT = ["team", "meeting", "persona", "locale", "theme"];

/** The tab's own URL, keeping the launch parameters of the dev identity, on the chosen view. */
function tabUrl(view: string): URL {
  const url = new URL("/", window.location.origin);
  const current = new URLSearchParams(window.location.search);
  for (const key of KEPT) {
    const value = current.get(key);
    if (value) url.searchParams.set(key, value);
  }
  url.searchParams.set("view", view);
  return url;
}

export function useConfigSave(view: string, ready: boolean, prepare: () => Promise<void>, failed: string): ConfigSave {
  const locale = useLocale();
  const { host } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  // The save handler is registered once and reads the page's latest choices through this ref.
  const latest = useRef({ view, prepare, failed, locale });
  useLayoutEffect(() => {
    latest.current = { view, prepare, failed, locale };
  });

  const run = useCallback(async () => {
    setBusy(true);
    setError(undefined);
    try {
      await latest.current.prepare();
    } catch (e) {
      setError(e);
      throw e;
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (host.kind !== "teams") return;
    onConfigSave(
      () => ({ view: latest.current.view }),
      run,
      (e) => errorText(e, latest.current.locale, latest.current.failed),
    );
  }, [host, run]);

  useEffect(() => {
    if (host.kind === "teams") setConfigValidity(ready);
  }, [host, ready]);

  const saveHere = () => {
    run().then(
      () => window.location.assign(tabUrl(latest.current.view)),
      () => undefined,
    );
  };

  return { busy, error, saveHere };
}
