/**
 * The team's configuration as the API holds it, with optimistic concurrency: every write sends
 * `If-Match` with the ETag last read (or `If-None-Match: *` while nothing is stored). A 412 never
 * overwrites: it raises `conflict` until the user reloads the server's version.
 */
import { useCallback, useEffect, useState } from "react";
import { teamPath, type ApiResult } from "../api/apiClient.js";
import { ApiError } from "../api/apiError.js";
import type { TeamConfigView } from "../api/types.js";
import type { TeamConfiguration } from "../../../bot/src/domain/teamConfig.js";
import { useSession } from "./useSession.js";

export type SaveOutcome = { ok: true } | { ok: false; error: ApiError };

/** Why the team's Balises is out of reach: not installed there yet, or the user is not on its roster. */
export type TeamDenial = "notInstalled" | "notMember";

function denialOf(error: unknown): TeamDenial | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.isTeamNotInstalled) return "notInstalled";
  if (error.isNotTeamMember) return "notMember";
  return undefined;
}

export interface TeamConfigState {
  status: "none" | "loading" | "ready" | "error";
  view?: TeamConfigView;
  error?: unknown;
  /** Set with status "error" when the failure is the team's state, not the service's. */
  denied?: TeamDenial;
  conflict: boolean;
  saving: boolean;
  save: (configuration: TeamConfiguration) => Promise<SaveOutcome>;
  /** Pilot list changes: POST /pilots { userId } or DELETE /pilots/{userId}. */
  changePilots: (change: { add: string } | { remove: string }) => Promise<SaveOutcome>;
  reload: () => void;
}

function withEtag({ data, etag }: ApiResult<TeamConfigView>): TeamConfigView {
  return { ...data, etag: data.etag ?? etag ?? null };
}

export function useTeamConfig(): TeamConfigState {
  const { api, teamKey, identityKey } = useSession();
  const [view, setView] = useState<TeamConfigView | undefined>();
  const [status, setStatus] = useState<TeamConfigState["status"]>(teamKey ? "loading" : "none");
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!teamKey) return;
    let current = true;
    api.get<TeamConfigView>(teamPath(teamKey, "/config")).then(
      (result) => {
        if (!current) return;
        setView(withEtag(result));
        setConflict(false);
        setStatus("ready");
      },
      (e: unknown) => {
        if (!current) return;
        setError(e);
        setStatus("error");
      },
    );
    return () => {
      current = false;
    };
  }, [api, teamKey, identityKey, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  const write = useCallback(
    async (run: (etag: string | null) => Promise<ApiResult<TeamConfigView>>): Promise<SaveOutcome> => {
      if (!teamKey || !view) return { ok: false, error: new ApiError(0, "not_ready", undefined) };
      setSaving(true);
      try {
        setView(withEtag(await run(view.etag)));
        return { ok: true };
      } catch (e) {
        const apiError = e instanceof ApiError ? e : new ApiError(0, "unknown", undefined);
        if (apiError.isConflict) setConflict(true);
        return { ok: false, error: apiError };
      } finally {
        setSaving(false);
      }
    },
    [teamKey, view],
  );

  const save = useCallback(
    (configuration: TeamConfiguration) =>
      write((etag) =>
        api.send<TeamConfigView>(
          "PUT",
          teamPath(teamKey!, "/config"),
          { configuration },
          etag ? { ifMatch: etag } : { ifNoneMatch: "*" },
        ),
      ),
    [api, teamKey, write],
  );

  const changePilots = useCallback(
    (change: { add: string } | { remove: string }) =>
      write((etag) =>
        "add" in change
          ? api.send<TeamConfigView>("POST", teamPath(teamKey!, "/pilots"), { userId: change.add }, { ifMatch: etag })
          : api.send<TeamConfigView>(
              "DELETE",
              teamPath(teamKey!, `/pilots/${encodeURIComponent(change.remove)}`),
              undefined,
              { ifMatch: etag },
            ),
      ),
    [api, teamKey, write],
  );

  return {
    status,
    view,
    error,
    denied: status === "error" ? denialOf(error) : undefined,
    conflict,
    saving,
    save,
    changePilots,
    reload,
  };
}
