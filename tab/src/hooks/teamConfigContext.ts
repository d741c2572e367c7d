/** One team configuration per page, shared by every section (and by the conflict bar). */
import { createContext, useContext } from "react";
import type { Me } from "../api/types.js";
import type { TeamConfigState } from "./useTeamConfig.js";

export interface TeamContextValue {
  config: TeamConfigState;
  me: Me | null;
  /** Pilots edit; everyone else reads. */
  canEdit: boolean;
  /** Asks again who I am in the team and its configuration (after "not installed yet"). */
  reload: () => void;
}

export const TeamContext = createContext<TeamContextValue | null>(null);

export function useTeam(): TeamContextValue {
  const value = useContext(TeamContext);
  if (!value) throw new Error("useTeam outside TeamContext");
  return value;
}
