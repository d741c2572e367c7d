/**
 * A section's draft of one slice of the team configuration, saved as a whole configuration (PUT with
 * If-Match). Field-level errors (400 `details[].path`) are kept by normalised path for the fields to show.
 * A new server version (a save, a reload) replaces the draft.
 */
import { useCallback, useState } from "react";
import { normalizePath, type ApiError, type FieldDetail } from "../api/apiError.js";
import type { TeamConfigView } from "../api/types.js";
import type { TeamConfiguration } from "@shared/domain/teamConfig.js";
import type { Localized } from "@shared/i18n/locale.js";
import { useTeam } from "./teamConfigContext.js";

export type EditorStatus = "idle" | "saving" | "saved" | "failed";

export interface ConfigEditor<T> {
  draft: T;
  /** The server version the draft starts from: it changes with every save and reload. */
  version: string;
  setDraft: (update: T | ((draft: T) => T)) => void;
  dirty: boolean;
  status: EditorStatus;
  /** The service's message for a failure that is not about one field (403, 503…). */
  failure?: ApiError;
  fieldError: (path: string) => Localized | undefined;
  errorsUnder: (prefix: string) => FieldDetail[];
  /** Every field the service refused, this section's or another's. */
  allErrors: FieldDetail[];
  save: (next?: T) => Promise<boolean>;
  discard: () => void;
}

/** The draft and the server version it started from. */
interface Draft<T> {
  version: string;
  value: T;
  dirty: boolean;
}

function serverVersion(view: TeamConfigView): string {
  return `${view.version}|${view.etag ?? ""}`;
}

/** Sections edit a team whose configuration is loaded: the tab shows them only then. */
function useLoadedView(): TeamConfigView {
  const { config } = useTeam();
  if (!config.view) throw new Error("useConfigEditor before the team configuration was loaded");
  return config.view;
}

export function useConfigEditor<T>(
  pick: (configuration: TeamConfiguration) => T,
  put: (configuration: TeamConfiguration, value: T) => TeamConfiguration,
): ConfigEditor<T> {
  const { config } = useTeam();
  const view = useLoadedView();
  const version = serverVersion(view);
  const [draft, setDraftState] = useState<Draft<T>>(() => ({ version, value: pick(view.configuration), dirty: false }));
  const [status, setStatus] = useState<EditorStatus>("idle");
  const [failure, setFailure] = useState<ApiError | undefined>();
  const [details, setDetails] = useState<FieldDetail[]>([]);
  // Adjusting state to a new server version during render, as React advises (no effect, no stale frame).
  if (draft.version !== version) setDraftState({ version, value: pick(view.configuration), dirty: false });

  const setDraft = useCallback((update: T | ((draft: T) => T)) => {
    setDraftState((d) => ({
      ...d,
      value: typeof update === "function" ? (update as (draft: T) => T)(d.value) : update,
      dirty: true,
    }));
    setStatus((s) => (s === "saved" ? "idle" : s));
  }, []);

  const save = async (next?: T) => {
    setStatus("saving");
    const outcome = await config.save(put(view.configuration, next ?? draft.value));
    const error = outcome.ok ? undefined : outcome.error;
    setDetails(error ? error.details.map((d) => ({ ...d, path: normalizePath(d.path) })) : []);
    setFailure(error && !error.isConflict && error.details.length === 0 ? error : undefined);
    setStatus(error ? "failed" : "saved");
    return outcome.ok;
  };

  const discard = () => {
    setDraftState({ version, value: pick(view.configuration), dirty: false });
    setDetails([]);
    setFailure(undefined);
    setStatus("idle");
  };

  const fieldError = (path: string) => details.find((d) => d.path === path)?.message;
  const errorsUnder = (prefix: string) => details.filter((d) => d.path === prefix || d.path.startsWith(`${prefix}.`));

  return {
    draft: draft.value,
    version: draft.version,
    setDraft,
    dirty: draft.dirty,
    status,
    failure,
    fieldError,
    errorsUnder,
    allErrors: details,
    save,
    discard,
  };
}
