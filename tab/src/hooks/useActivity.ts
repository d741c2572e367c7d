/** The activity view's data: rows a page at a time (continuation tokens), the range's summary, and CSV export. */
import { useState } from "react";
import { csvFileName } from "@shared/domain/activityCsv.js";
import type { Locale } from "@shared/i18n/locale.js";
import { teamPath, type ApiClient } from "../api/apiClient.js";
import type { ActivityPage, ActivitySummary } from "../api/types.js";
import { activityQueryString, type ActivityQuery } from "./activityTypes.js";
import { useAsync } from "./useAsync.js";
import { usePagedList } from "./usePagedList.js";
import { useSession } from "./useSession.js";

export const PAGE_SIZE = 50;

function activityPage(api: ApiClient, teamKey: string, query: ActivityQuery, token?: string) {
  const extra = { pageSize: String(PAGE_SIZE), ...(token ? { continuationToken: token } : {}) };
  return api.get<ActivityPage>(teamPath(teamKey, `/activity?${activityQueryString(query, extra)}`));
}

export function useActivityRows(query: ActivityQuery) {
  const { api, teamKey, identityKey } = useSession();
  const fetchPage = teamKey
    ? async (token?: string) => (await activityPage(api, teamKey, query, token)).data
    : undefined;
  return usePagedList(fetchPage, `${identityKey}|${teamKey}|${activityQueryString(query)}`);
}

export function useActivitySummary(query: ActivityQuery) {
  const { api, teamKey, identityKey } = useSession();
  return useAsync(
    async () =>
      (await api.get<ActivitySummary>(teamPath(teamKey ?? "", `/activity/summary?${activityQueryString(query)}`))).data,
    `summary|${identityKey}|${teamKey}|${activityQueryString(query)}`,
  );
}

/**
 * The view as the service's export.csv writes it: the file leaves Balises with staff names, and the service logs who
 * took which (docs/operations.md, « activity exported »).
 */
function activityCsv(api: ApiClient, teamKey: string, query: ActivityQuery, locale: Locale): Promise<Blob> {
  return api.getFile(teamPath(teamKey, `/activity/export.csv?${activityQueryString(query, { locale })}`), "text/csv");
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the view's CSV from the service. */
export function useCsvExport(query: ActivityQuery, locale: Locale) {
  const { api, teamKey } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = async () => {
    if (!teamKey) return;
    setBusy(true);
    setError(undefined);
    try {
      download(await activityCsv(api, teamKey, query, locale), csvFileName(query.from, query.to, locale));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
