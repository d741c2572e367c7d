/** Who I am and the session team's configuration, for every section below (pilots edit, others read). */
import { useMemo, type ReactNode } from "react";
import { useMe } from "../../hooks/useApiData.js";
import { useTeamConfig } from "../../hooks/useTeamConfig.js";
import { TeamContext } from "../../hooks/teamConfigContext.js";
import { canEditTeam } from "./canEdit.js";

/** `readOnly`: a place where nobody edits the team (a meeting shows its team's matrix for reference). */
export function TeamScope({ children, readOnly = false }: { children: ReactNode; readOnly?: boolean }) {
  const me = useMe();
  const config = useTeamConfig();
  const meValue = me.status === "ready" ? me.data : null;
  const reloadMe = me.reload;
  const value = useMemo(
    () => ({
      config,
      me: meValue,
      canEdit: !readOnly && canEditTeam(meValue, config.view),
      reload: () => {
        reloadMe();
        config.reload();
      },
    }),
    [config, meValue, readOnly, reloadMe],
  );
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>;
}
