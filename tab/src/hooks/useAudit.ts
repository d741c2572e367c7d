/** The team's configuration history, newest first, a page at a time; read again after each change. */
import { teamPath } from "../api/apiClient.js";
import type { AuditItem } from "../api/types.js";
import { usePagedList, type PagedList } from "./usePagedList.js";
import { useSession } from "./useSession.js";

/** An entry as read: a service that reads no sentences yet sends none, and the tab shows paths and values. */
export type AuditEntry = Omit<AuditItem, "text"> & { text?: AuditItem["text"] };

interface AuditEntries {
  items: AuditEntry[];
  continuationToken?: string | null;
}

export function useAudit(refreshKey: string): PagedList<AuditEntries> {
  const { api, teamKey, identityKey } = useSession();
  const fetchPage = teamKey
    ? async (continuationToken?: string) => {
        const query = new URLSearchParams({ pageSize: "20" });
        if (continuationToken) query.set("continuationToken", continuationToken);
        return (await api.get<AuditEntries>(teamPath(teamKey, `/audit?${query}`))).data;
      }
    : undefined;
  return usePagedList(fetchPage, `${identityKey}|${teamKey ?? ""}`, refreshKey);
}
