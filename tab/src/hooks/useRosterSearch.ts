/**
 * The team's roster as the user types (GET /teams/{groupId}/members?search=): the first names at once,
 * then a search a moment after each keystroke. Names found are learnt by the people registry.
 */
import { useEffect, useState } from "react";
import { teamPath } from "../api/apiClient.js";
import type { MemberPage } from "../api/types.js";
import { usePeople } from "./peopleNames.js";
import { useSession } from "./useSession.js";

const LIMIT = 20;
const TYPING_PAUSE_MS = 200;

export interface RosterSearch {
  status: "loading" | "ready" | "error";
  items: MemberPage["items"];
  total: number;
  error?: unknown;
}

export function useRosterSearch(search: string): RosterSearch {
  const { api, teamKey } = useSession();
  const { learn } = usePeople();
  const [state, setState] = useState<RosterSearch>({ status: "loading", items: [], total: 0 });
  const query = search.trim();

  useEffect(() => {
    if (!teamKey) return;
    let current = true;
    const timer = setTimeout(
      () => {
        const params = new URLSearchParams({ search: query, limit: String(LIMIT) });
        api.get<MemberPage>(teamPath(teamKey, `/members?${params}`)).then(
          ({ data }) => {
            if (!current) return;
            learn(Object.fromEntries(data.items.map((m) => [m.oid, m.name])));
            setState({ status: "ready", items: data.items, total: data.total });
          },
          (error: unknown) => current && setState({ status: "error", items: [], total: 0, error }),
        );
      },
      query ? TYPING_PAUSE_MS : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, teamKey, query, learn]);

  return state;
}
