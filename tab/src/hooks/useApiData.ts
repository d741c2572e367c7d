/** Loaders for the tab's read-only resources, refetched when the identity or the team changes. */
import { ApiError } from "../api/apiError.js";
import type { Baseline, Me } from "../api/types.js";
import { useAsync } from "./useAsync.js";
import { useSession } from "./useSession.js";

export function useBaseline() {
  const { api, identityKey } = useSession();
  return useAsync(async () => (await api.get<Baseline>("/matrix/baseline")).data, `baseline:${identityKey}`);
}

/** Null when the API does not know the route yet (404): the tab then shows the MSSS baseline only. */
export function useMe() {
  const { api, identityKey, teamKey } = useSession();
  const query = teamKey ? `?team=${encodeURIComponent(teamKey)}` : "";
  return useAsync(
    async () => {
      try {
        return (await api.get<Me>(`/me${query}`)).data;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    `me:${identityKey}:${teamKey ?? ""}`,
  );
}
