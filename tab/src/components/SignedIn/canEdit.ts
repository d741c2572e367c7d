import type { Me, TeamConfigView } from "../../api/types.js";

/** Pilots of the team edit its configuration; the server enforces it (403) whatever the tab shows. */
export function canEditTeam(me: Me | null, view: TeamConfigView | undefined): boolean {
  if (!me || !view) return false;
  return me.roles.includes("pilot") || view.pilots.includes(me.userId);
}
