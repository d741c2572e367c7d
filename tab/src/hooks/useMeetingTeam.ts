/** A meeting's team (GET /meetings/{id}/team) and the change of it (PUT), for the meeting's pages. */
import { useCallback, useEffect, useState } from "react";
import { meetingPath } from "../api/apiClient.js";
import type { MeetingTeamView } from "../api/types.js";
import { useSession } from "./useSession.js";

export interface MeetingTeamState {
  status: "loading" | "ready" | "error";
  view?: MeetingTeamView;
  error?: unknown;
  saving: boolean;
  saveError?: unknown;
  /** Counts successful changes, so the page can say so. */
  changes: number;
  change: (groupId: string) => Promise<boolean>;
  reload: () => void;
}

export function useMeetingTeam(meetingId: string): MeetingTeamState {
  const { api, identityKey } = useSession();
  const [status, setStatus] = useState<MeetingTeamState["status"]>("loading");
  const [view, setView] = useState<MeetingTeamView | undefined>();
  const [error, setError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const [changes, setChanges] = useState(0);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    api.get<MeetingTeamView>(meetingPath(meetingId, "/team")).then(
      ({ data }) => {
        if (!current) return;
        setView(data);
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
  }, [api, meetingId, identityKey, generation]);

  const change = useCallback(
    async (groupId: string) => {
      setSaving(true);
      setSaveError(undefined);
      try {
        const { data } = await api.send<MeetingTeamView>("PUT", meetingPath(meetingId, "/team"), { teamKey: groupId });
        setView(data);
        setStatus("ready");
        setChanges((n) => n + 1);
        return true;
      } catch (e) {
        setSaveError(e);
        return false;
      } finally {
        setSaving(false);
      }
    },
    [api, meetingId],
  );

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { status, view, error, saving, saveError, changes, change, reload };
}
