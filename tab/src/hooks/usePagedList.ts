/**
 * A list the API serves a page at a time (continuation tokens): the first page whenever `key` changes,
 * `refresh` changes or `reload()` is called, the next pages on demand. While the same list reloads its
 * items stay on screen; another list (another key) starts empty. Without `fetchPage` nothing is asked.
 */
import { useCallback, useEffect, useEffectEvent, useState } from "react";

export interface ListPage<T> {
  items: T[];
  continuationToken?: string | null;
}

/** The type of a page's items. */
export type ItemOf<P> = P extends ListPage<infer T> ? T : never;

export interface PagedList<P extends ListPage<unknown>, T = ItemOf<P>> {
  status: "loading" | "ready" | "error";
  error?: unknown;
  items: T[];
  /** The last page read, for what the API sends beside the items. */
  last?: P;
  more: boolean;
  loadingMore: boolean;
  loadMore: () => void;
  reload: () => void;
  /** Changes the loaded items after a change the API confirmed. */
  update: (change: (items: T[]) => T[]) => void;
}

interface Loaded<P, T> {
  key: string;
  request: string;
  status: "ready" | "error";
  error?: unknown;
  items: T[];
  last?: P;
  token?: string;
}

/** `loaded` with `page` read: its items after `before` (none for a first page). */
function withPage<P extends ListPage<unknown>, T>(loaded: Loaded<P, T>, page: P, before: T[] = []): Loaded<P, T> {
  // P's items are T by construction (T = ItemOf<P>); TypeScript cannot follow the generic through.
  const items = [...before, ...(page.items as T[])];
  return {
    ...loaded,
    status: "ready",
    error: undefined,
    items,
    last: page,
    token: page.continuationToken ?? undefined,
  };
}

export function usePagedList<P extends ListPage<unknown>, T = ItemOf<P>>(
  fetchPage: ((continuationToken?: string) => Promise<P>) | undefined,
  key: string,
  refresh = "",
): PagedList<P, T> {
  const [generation, setGeneration] = useState(0);
  const request = `${key}#${refresh}#${generation}`;
  const [loaded, setLoaded] = useState<Loaded<P, T>>();
  const [loadingMore, setLoadingMore] = useState(false);
  const fetchFirst = useEffectEvent(() => fetchPage?.());

  useEffect(() => {
    let current = true;
    fetchFirst()?.then(
      (page) => current && setLoaded(withPage({ key, request, status: "ready", items: [] }, page)),
      (error: unknown) =>
        current &&
        setLoaded((was) => ({ ...(was?.key === key ? was : { items: [] }), key, request, status: "error", error })),
    );
    return () => {
      current = false;
    };
  }, [key, request]);

  const same = loaded?.key === key ? loaded : undefined;
  const loadMore = () => {
    if (!fetchPage || !same?.token || loadingMore) return;
    const from = same.request;
    setLoadingMore(true);
    void fetchPage(same.token)
      .then(
        (page) => setLoaded((was) => (was?.request === from ? withPage(was, page, was.items) : was)),
        (error: unknown) => setLoaded((was) => (was?.request === from ? { ...was, status: "error", error } : was)),
      )
      .finally(() => setLoadingMore(false));
  };
  const update = useCallback((change: (items: T[]) => T[]) => {
    setLoaded((was) => was && { ...was, items: change(was.items) });
  }, []);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  return {
    status: same?.request === request ? same.status : "loading",
    error: same?.error,
    items: same?.items ?? [],
    last: same?.last,
    more: same?.token !== undefined,
    loadingMore,
    loadMore,
    reload,
    update,
  };
}
