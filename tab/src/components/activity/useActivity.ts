/** The activity view's data: rows a page at a time (continuation tokens), the range's summary, and CSV export. */
import { useCallback, useEffect, useState } from "react";
import { teamPath } from "../../api/apiClient.js";
import { useSession } from "../../hooks/useSession.js";
import { useAsync } from "../../hooks/useAsync.js";
import { csvHeader, csvLine } from "../../../../bot/src/domain/activityCsv.js";
import type { Locale } from "../../../../bot/src/i18n/locale.js";
import type { People } from "../../api/types.js";
import {
  activityQueryString,
  type ActivityPage,
  type ActivityQuery,
  type ActivityRow,
  type ActivitySummary,
} from "./activityTypes.js";

export const PAGE_SIZE = 50;

export interface RowsState {
  rows: ActivityRow[];
  status: "loading" | "ready" | "error";
  error?: unknown;
  more: boolean;
  loadingMore: boolean;
  loadMore: () => void;
}

export function useActivityRows(query: ActivityQuery): RowsState {
  const { api, teamKey, identityKey } = useSession();
  const [rows, setRows] = useState<ActivityRow[]>([]);
  const [token, setToken] = useState<string | undefined>();
  const [status, setStatus] = useState<RowsState["status"]>("loading");
  const [error, setError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const key = `${identityKey}|${teamKey}|${activityQueryString(query)}`;

  const load = useCallback(
    async (continuationToken: string | undefined, isCurrent: () => boolean) => {
      if (!teamKey) return;
      const extra: Record<string, string> = {
        pageSize: String(PAGE_SIZE),
        ...(continuationToken ? { continuationToken } : {}),
      };
      try {
        const { data } = await api.get<ActivityPage>(
          teamPath(teamKey, `/activity?${activityQueryString(query, extra)}`),
        );
        if (!isCurrent()) return;
        setRows((current) => (continuationToken ? [...current, ...data.items] : data.items));
        setToken(data.continuationToken);
        setStatus("ready");
      } catch (e) {
        if (!isCurrent()) return;
        setError(e);
        setStatus("error");
      }
    },
    // The query is named by `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );

  useEffect(() => {
    let current = true;
    setStatus("loading");
    setRows([]);
    setToken(undefined);
    void load(undefined, () => current);
    return () => {
      current = false;
    };
  }, [load]);

  const loadMore = () => {
    if (!token || loadingMore) return;
    setLoadingMore(true);
    void load(token, () => true).finally(() => setLoadingMore(false));
  };
  return { rows, status, error, more: token !== undefined, loadingMore, loadMore };
}

export function useActivitySummary(query: ActivityQuery) {
  const { api, teamKey, identityKey } = useSession();
  return useAsync(
    async () =>
      (await api.get<ActivitySummary>(teamPath(teamKey ?? "", `/activity/summary?${activityQueryString(query)}`))).data,
    `summary|${identityKey}|${teamKey}|${activityQueryString(query)}`,
  );
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
      const parts = ["\ufeff", csvHeader(locale)];
      // Names as the pages name them: the same people map the API's own export.csv uses, so both files match.
      const people: People = {};
      let token: string | undefined;
      do {
        const extra: Record<string, string> = { pageSize: "200", ...(token ? { continuationToken: token } : {}) };
        const { data } = await api.get<ActivityPage>(
          teamPath(teamKey, `/activity?${activityQueryString(query, extra)}`),
        );
        Object.assign(people, data.people);
        for (const row of data.items) parts.push(csvLine(row, locale, people));
        token = data.continuationToken;
      } while (token);
      const url = URL.createObjectURL(new Blob(parts, { type: "text/csv;charset=utf-8" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = `balises-activite-${query.from}-${query.to}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, run };
}
