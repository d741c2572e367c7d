/**
 * The names of the staff the API has mentioned so far, learnt from every `people` map it returns (and
 * from the roster picker): pages ask `usePersonName` and never show an object id.
 */
import { createContext, useCallback, useContext, useMemo, useState } from "react";
import type { People } from "../api/types.js";

export interface PeopleRegistry {
  names: Readonly<People>;
  learn: (people: unknown) => void;
}

export const PeopleContext = createContext<PeopleRegistry>({ names: {}, learn: () => undefined });

export function usePeople(): PeopleRegistry {
  return useContext(PeopleContext);
}

/** Only string names are kept: the map comes from the network. */
function namesIn(people: unknown): [string, string][] {
  if (people === null || typeof people !== "object" || Array.isArray(people)) return [];
  return Object.entries(people).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== "");
}

export function usePeopleRegistry(): PeopleRegistry {
  const [names, setNames] = useState<People>({});
  const learn = useCallback((people: unknown) => {
    const entries = namesIn(people);
    if (entries.length === 0) return;
    // Same names again (every page load repeats them): keep the same object, so nothing re-renders.
    setNames((current) =>
      entries.every(([oid, name]) => current[oid] === name) ? current : { ...current, ...Object.fromEntries(entries) },
    );
  }, []);
  return useMemo(() => ({ names, learn }), [names, learn]);
}
