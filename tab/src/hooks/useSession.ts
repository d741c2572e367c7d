/** Who is signed in and how to reach the API, for every page of the tab. */
import { createContext, useContext } from "react";
import type { ApiClient } from "../api/apiClient.js";
import type { Host } from "../host/bootstrap.js";
import type { Place } from "../host/place.js";

export interface Session {
  host: Host;
  api: ApiClient;
  place: Place;
  /** The team whose Balises the page shows (its Entra group id); none in a chat or the personal tab. */
  teamKey?: string;
  /** Changes whenever the identity changes (dev persona switch), so loaders refetch. */
  identityKey: string;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionContext");
  return session;
}
