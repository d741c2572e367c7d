/** The team's configuration history, newest first, a page at a time. */
import { useCallback, useEffect, useState } from "react";
import { teamPath } from "../api/apiClient.js";
import type { AuditItem, AuditPage } from "../api/types.js";
import { useSession } from "./useSession.js";

export interface AuditState {
  items: AuditItem[];
  status: "loading" | "ready" | "error";
  error?: unknown;
  more: boolean;
  loadMore: () => void;
}

export function useAudit(refreshKey: string): AuditState {
  const { api, teamKey } = useSession();
  const [items, setItems] = useState<AuditItem[]>([]);
  const [token, setToken] = useState<string | undefined>();
  const [status, setStatus] = useState<AuditState["status"]>("loading");
  const [error, setError] = useState<unknown>();

  const load = useCallback(
    async (continuationToken: string | undefined, append: boolean) => {
      if (!teamKey) return;
      const query = new URLSearchParams({ pageSize: "20" });
      if (continuationToken) query.set("continuationToken", continuationToken);
      try {
        const { data } = await api.get<AuditPage>(teamPath(teamKey, `/audit?${query}`));
        setItems((current) => (append ? [...current, ...data.items] : data.items));
        setToken(data.continuationToken ?? undefined);
        setStatus("ready");
      } catch (e) {
        setError(e);
        setStatus("error");
      }
    },
    [api, teamKey],
  );

  useEffect(() => {
    void load(undefined, false);
  }, [load, refreshKey]);

  return { items, status, error, more: token !== undefined, loadMore: () => void load(token, true) };
}
