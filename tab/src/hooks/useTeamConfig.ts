/**
 * The team's configuration as the API holds it, with optimistic concurrency: every write sends
 * `If-Match` with the ETag last read (or `If-None-Match: *` while nothing is stored). A 412 never
 * overwrites: it raises `conflict` until the user reloads the server's version.
 */
import { useCallback, useEffect, useState } from "react";
import type { TeamConfiguration } from "@shared/domain/teamConfig.js";
import { teamPath, type ApiClient, type ApiResult } from "../api/apiClient.js";
import { ApiError } from "../api/apiError.js";
import type { TeamConfigView } from "../api/types.js";
import { useOneAtATime } from "./useOneAtATime.js";
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

export type PilotChange = { add: string } | { remove: string };

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
  changePilots: (change: PilotChange) => Promise<SaveOutcome>;
  reload: () => void;
}

type Write = (api: ApiClient, teamKey: string, etag: string | null) => Promise<ApiResult<TeamConfigView>>;

function withEtag({ data, etag }: ApiResult<TeamConfigView>): TeamConfigView {
  return { ...data, etag: data.etag ?? etag ?? null };
}

const putConfiguration =
  (configuration: TeamConfiguration): Write =>
  (api, teamKey, etag) =>
    api.send<TeamConfigView>(
      "PUT",
      teamPath(teamKey, "/config"),
      { configuration },
      etag ? { ifMatch: etag } : { ifNoneMatch: "*" },
    );

const changePilot =
  (change: PilotChange): Write =>
  (api, teamKey, etag) =>
    "add" in change
      ? api.send<TeamConfigView>("POST", teamPath(teamKey, "/pilots"), { userId: change.add }, { ifMatch: etag })
      : api.send<TeamConfigView>(
          "DELETE",
          teamPath(teamKey, `/pilots/${encodeURIComponent(change.remove)}`),
          undefined,
          {
            ifMatch: etag,
          },
        );

/** The configuration as last read or written, and why it could not be read. */
function useTeamConfigView() {
  const { api, teamKey, identityKey } = useSession();
  const [view, setView] = useState<TeamConfigView | undefined>();
  const [status, setStatus] = useState<TeamConfigState["status"]>(teamKey ? "loading" : "none");
  const [error, setError] = useState<unknown>();
  const [conflict, setConflict] = useState(false);
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
  return { view, setView, status, error, conflict, setConflict, reload };
}

export function useTeamConfig(): TeamConfigState {
  const { api, teamKey } = useSession();
  const { view, setView, status, error, conflict, setConflict, reload } = useTeamConfigView();
  const [saving, setSaving] = useState(false);
  const oneAtATime = useOneAtATime<SaveOutcome>();

  /** `change` names what is written (the same twice at once is sent once): the configuration, a pilot added… */
  const write = useCallback(
    (change: string, run: Write): Promise<SaveOutcome> =>
      oneAtATime(change, async () => {
        if (!teamKey || !view) return { ok: false, error: new ApiError(0, "not_ready", undefined) };
        setSaving(true);
        try {
          setView(withEtag(await run(api, teamKey, view.etag)));
          return { ok: true };
        } catch (e) {
          const apiError = e instanceof ApiError ? e : new ApiError(0, "unknown", undefined);
          if (apiError.isConflict) setConflict(true);
          return { ok: false, error: apiError };
        } finally {
          setSaving(false);
        }
      }),
    [api, teamKey, view, setView, setConflict, oneAtATime],
  );
  const save = useCallback(
    (configuration: TeamConfiguration) => write(JSON.stringify(configuration), putConfiguration(configuration)),
    [write],
  );
  const changePilots = useCallback(
    (change: PilotChange) => write(JSON.stringify(change), changePilot(change)),
    [write],
  );

  const denied = status === "error" ? denialOf(error) : undefined;
  return { status, view, error, denied, conflict, saving, save, changePilots, reload };
}
