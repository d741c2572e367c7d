/** Signed in (Teams SSO or dev persona): the API client, who I am, the team's configuration, then the page. */
import { useMemo, type ReactNode } from "react";
import { createApiClient } from "../../api/apiClient.js";
import type { Host } from "../../host/bootstrap.js";
import type { LaunchParams } from "../../host/launchParams.js";
import { useMe } from "../../hooks/useApiData.js";
import { usePersona } from "../../hooks/usePersona.js";
import { SessionContext, type Session } from "../../hooks/useSession.js";
import { useTeamConfig } from "../../hooks/useTeamConfig.js";
import { TeamContext } from "../../hooks/teamConfigContext.js";
import { AppShell } from "../AppShell/AppShell.js";
import { ContentNav, ContentSection, useView } from "../ContentPage/ContentPage.js";
import { DevBanner } from "../DevBanner/DevBanner.js";
import { ConfigPage } from "../ConfigPage/ConfigPage.js";
import { ConflictBar } from "../ConflictBar/ConflictBar.js";
import { NotInstalledNote } from "../NotInstalledNote/NotInstalledNote.js";
import { canEditTeam } from "./canEdit.js";

/** The manifest's configurationUrl is https://<domain>/config. */
function isConfigRoute(): boolean {
  return window.location.pathname.replace(/\/+$/, "") === "/config";
}

type SignedInHost = Exclude<Host, { kind: "unavailable" }>;

export function SignedIn({ host, params }: { host: SignedInHost; params: LaunchParams }) {
  const persona = usePersona(host.kind === "dev" ? host.identity : undefined, params.persona);
  const getToken = host.kind === "teams" ? host.getToken : persona!.getToken;
  const api = useMemo(() => createApiClient(getToken), [getToken]);
  const session = useMemo<Session>(
    () => ({ host, api, teamKey: host.teamKey, identityKey: persona?.persona ?? "teams" }),
    [host, api, persona?.persona],
  );
  const banner =
    host.kind === "dev" && persona ? (
      <DevBanner personas={host.identity.personas} persona={persona.persona} onPersonaChange={persona.setPersona} />
    ) : undefined;
  return (
    <SessionContext.Provider value={session}>
      <TeamScope>
        <Content params={params} banner={banner} />
      </TeamScope>
    </SessionContext.Provider>
  );
}

function TeamScope({ children }: { children: ReactNode }) {
  const me = useMe();
  const config = useTeamConfig();
  const meValue = me.status === "ready" ? me.data : null;
  const value = useMemo(() => ({ config, me: meValue, canEdit: canEditTeam(meValue, config.view) }), [config, meValue]);
  return <TeamContext.Provider value={value}>{children}</TeamContext.Provider>;
}

function Content({ params, banner }: { params: LaunchParams; banner: ReactNode }) {
  const [view, setView] = useView(params.view);
  if (isConfigRoute()) {
    return (
      <TeamContext.Consumer>
        {(team) => (
          <AppShell userName={team?.me?.name} banner={banner}>
            <ConfigPage requestedView={params.view} />
          </AppShell>
        )}
      </TeamContext.Consumer>
    );
  }
  return (
    <TeamContext.Consumer>
      {(team) => (
        <AppShell userName={team?.me?.name} banner={banner} nav={<ContentNav view={view} onChange={setView} />}>
          <ConflictBar />
          <NotInstalledNote />
          <ContentSection view={view} />
        </AppShell>
      )}
    </TeamContext.Consumer>
  );
}
