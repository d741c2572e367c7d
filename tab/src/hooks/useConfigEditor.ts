/**
 * A section's draft of one slice of the team configuration, saved as a whole configuration (PUT with
 * If-Match). Field-level errors (400 `details[].path`) are kept by normalised path for the fields to show.
 */
import { useCallback, useEffect, useState } from "react";
import { normalizePath, type ApiError, type FieldDetail } from "../api/apiError.js";
import type { TeamConfiguration } from "../../../bot/src/domain/teamConfig.js";
import type { Localized } from "../../../bot/src/i18n/locale.js";
import { useTeam } from "./teamConfigContext.js";

export type EditorStatus = "idle" | "saving" | "saved" | "failed";

export interface ConfigEditor<T> {
  draft: T;
  setDraft: (update: T | ((draft: T) => T)) => void;
  dirty: boolean;
  status: EditorStatus;
  /** The service's message for a failure that is not about one field (403, 503…). */
  failure?: ApiError;
  fieldError: (path: string) => Localized | undefined;
  errorsUnder: (prefix: string) => FieldDetail[];
  save: (next?: T) => Promise<boolean>;
  discard: () => void;
}

export function useConfigEditor<T>(
  pick: (configuration: TeamConfiguration) => T,
  put: (configuration: TeamConfiguration, value: T) => TeamConfiguration,
): ConfigEditor<T> {
  const { config } = useTeam();
  const configuration = config.view?.configuration;
  const serverKey = `${config.view?.version ?? ""}|${config.view?.etag ?? ""}`;
  const [draft, setDraftState] = useState<T>(() => pick(configuration!));
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<EditorStatus>("idle");
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [details, setDetails] = useState<FieldDetail[]>([]);

  useEffect(() => {
    if (!configuration) return;
    setDraftState(pick(configuration));
    setDirty(false);
    // A new server version (save, reload) replaces the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverKey]);

  const setDraft = useCallback((update: T | ((draft: T) => T)) => {
    setDraftState((d) => (typeof update === "function" ? (update as (draft: T) => T)(d) : update));
    setDirty(true);
    setStatus((s) => (s === "saved" ? "idle" : s));
  }, []);

  const save = useCallback(
    async (next?: T) => {
      if (!configuration) return false;
      setStatus("saving");
      const outcome = await config.save(put(configuration, next ?? draft));
      if (outcome.ok) {
        setDetails([]);
        setFailure(undefined);
        setStatus("saved");
        return true;
      }
      const error = outcome.error;
      setDetails(error.details.map((d) => ({ ...d, path: normalizePath(d.path) })));
      setFailure(error.isConflict || error.details.length > 0 ? undefined : error);
      setStatus("failed");
      return false;
    },
    // `put` is a stable module-level function in every caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [config, configuration, draft],
  );

  const discard = useCallback(() => {
    if (configuration) setDraftState(pick(configuration));
    setDirty(false);
    setDetails([]);
    setFailure(undefined);
    setStatus("idle");
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [configuration]);

  const fieldError = useCallback((path: string) => details.find((d) => d.path === path)?.message, [details]);
  const errorsUnder = useCallback(
    (prefix: string) => details.filter((d) => d.path === prefix || d.path.startsWith(`${prefix}.`)),
    [details],
  );

  return { draft, setDraft, dirty, status, failure, fieldError, errorsUnder, save, discard };
}
