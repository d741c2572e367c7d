/** The learners the caller may see (the API decides: pilots the team, supervisors theirs, a learner themself), paged. */
import { useCallback, useEffect, useState } from "react";
import { teamPath } from "../../api/apiClient.js";
import type { People } from "../../api/types.js";
import { useSession } from "../../hooks/useSession.js";
import type { LearnerRole } from "../../../../bot/src/domain/learners.js";
import type { StudentProgress } from "../../../../bot/src/domain/supervision.js";

export interface LearnerView {
  oid: string;
  role: LearnerRole;
  supervisors: string[];
  trainingSite: string;
  designation: { at: string; by: string } | null;
  designations: Array<{ at: string; by: string; withdrawnAt?: string; withdrawnBy?: string }>;
  observationThreshold: number;
  observationThresholdOverride: number | null;
  etag: string;
  progress?: StudentProgress;
}

/** `people` names everyone the items mention; the API client hands it to the people registry. */
interface LearnerList {
  items: LearnerView[];
  continuationToken?: string;
  observationThreshold: number;
  canManage: boolean;
  people: People;
}

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

export function useLearners(): LearnersState {
  const { api, teamKey, identityKey } = useSession();
  const [items, setItems] = useState<LearnerView[]>([]);
  const [token, setToken] = useState<string | undefined>();
  const [meta, setMeta] = useState({ threshold: 3, canManage: false });
  const [status, setStatus] = useState<LearnersState["status"]>("loading");
  const [error, setError] = useState<unknown>();
  const [generation, setGeneration] = useState(0);

  const load = useCallback(
    async (continuationToken?: string) => {
      if (!teamKey) return;
      const query = new URLSearchParams({ pageSize: "50", ...(continuationToken ? { continuationToken } : {}) });
      try {
        const { data } = await api.get<LearnerList>(teamPath(teamKey, `/learners?${query}`));
        setItems((current) => (continuationToken ? [...current, ...data.items] : data.items));
        setToken(data.continuationToken);
        setMeta({ threshold: data.observationThreshold, canManage: data.canManage });
        setStatus("ready");
      } catch (e) {
        setError(e);
        setStatus("error");
      }
    },
    [api, teamKey],
  );

  useEffect(() => {
    setStatus("loading");
    void load();
  }, [load, identityKey, generation]);

  return {
    status,
    error,
    items,
    threshold: meta.threshold,
    canManage: meta.canManage,
    more: token !== undefined,
    loadMore: () => void load(token),
    reload: () => setGeneration((g) => g + 1),
    replace: (oid, next) =>
      setItems((current) =>
        next ? current.map((l) => (l.oid === oid ? next : l)) : current.filter((l) => l.oid !== oid),
      ),
  };
}
