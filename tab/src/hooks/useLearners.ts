/** The learners the caller may see (the API decides: pilots the team, supervisors theirs, a learner themself), paged. */
import { teamPath } from "../api/apiClient.js";
import type { LearnerList, LearnerView } from "../api/types.js";
import { usePagedList } from "./usePagedList.js";
import { useSession } from "./useSession.js";

export type { LearnerView };

export interface LearnersState {
  status: "loading" | "ready" | "error";
  error?: unknown;
  items: LearnerView[];
  threshold: number;
  canManage: boolean;
  more: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Replaces one learner after a change (or drops it when null). */
  replace: (oid: string, next: LearnerView | null) => void;
}

/** Before the first answer: the §9.3 default threshold, and nothing to manage. */
const DEFAULT_THRESHOLD = 3;

export function useLearners(): LearnersState {
  const { api, teamKey, identityKey } = useSession();
  const fetchPage = teamKey
    ? async (continuationToken?: string) => {
        const query = new URLSearchParams({ pageSize: "50", ...(continuationToken ? { continuationToken } : {}) });
        return (await api.get<LearnerList>(teamPath(teamKey, `/learners?${query}`))).data;
      }
    : undefined;
  const list = usePagedList(fetchPage, `${identityKey}|${teamKey ?? ""}`);
  return {
    status: list.status,
    error: list.error,
    items: list.items,
    threshold: list.last?.observationThreshold ?? DEFAULT_THRESHOLD,
    canManage: list.last?.canManage ?? false,
    more: list.more,
    loadMore: list.loadMore,
    reload: list.reload,
    replace: (oid, next) =>
      list.update((items) =>
        next ? items.map((l) => (l.oid === oid ? next : l)) : items.filter((l) => l.oid !== oid),
      ),
  };
}
