/** The activity view's data: rows a page at a time (continuation tokens), the range's summary, and CSV export. */
import { useState } from "react";
import { csvFileName, csvHeader, csvLine } from "@shared/domain/activityCsv.js";
import type { Locale } from "@shared/i18n/locale.js";
import { teamPath, type ApiClient } from "../api/apiClient.js";
import type { ActivityPage, ActivitySummary, People } from "../api/types.js";
import { activityQueryString, type ActivityQuery } from "./activityTypes.js";
import { useAsync } from "./useAsync.js";
import { usePagedList } from "./usePagedList.js";
import { useSession } from "./useSession.js";

export const PAGE_SIZE = 50;

function activityPage(api: ApiClient, teamKey: string, query: ActivityQuery, pageSize: number, token?: string) {
  const extra = { pageSize: String(pageSize), ...(token ? { continuationToken: token } : {}) };
  return api.get<ActivityPage>(teamPath(teamKey, `/activity?${activityQueryString(query, extra)}`));
}

export function useActivityRows(query: ActivityQuery) {
  const { api, teamKey, identityKey } = useSession();
  const fetchPage = teamKey
    ? async (token?: string) => (await activityPage(api, teamKey, query, PAGE_SIZE, token)).data
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

/** Every page of the view as the same CSV as the API's export.csv (names as the pages name them). */
async function activityCsv(api: ApiClient, teamKey: string, query: ActivityQuery, locale: Locale): Promise<Blob> {
  const parts = ["\ufeff", csvHeader(locale)];
  const people: People = {};
  let token: string | undefined;
  do {
    const { data } = await activityPage(api, teamKey, query, 200, token);
    Object.assign(people, data.people);
    for (const row of data.items) parts.push(csvLine(row, locale, people));
    token = data.continuationToken;
  } while (token);
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
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

/** Walks every page of the view and builds the same CSV as the API's export.csv, then downloads it. */
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
