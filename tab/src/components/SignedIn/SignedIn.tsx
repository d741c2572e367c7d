/** Signed in (Teams SSO or dev persona): the API client, the names it learns, where the tab is, then the page. */
import { useMemo, type ReactNode } from "react";
import { createApiClient } from "../../api/apiClient.js";
import type { Host } from "../../host/bootstrap.js";
import type { LaunchParams } from "../../host/launchParams.js";
import { placeOf } from "../../host/place.js";
import { PeopleContext, usePeopleRegistry } from "../../hooks/peopleNames.js";
import { usePersona } from "../../hooks/usePersona.js";
import { SessionContext, type Session } from "../../hooks/useSession.js";
import { DevBanner } from "../DevBanner/DevBanner.js";
import { PlaceContent } from "./PlaceContent.js";
import { TeamScope } from "./TeamScope.js";

type SignedInHost = Exclude<Host, { kind: "unavailable" }>;

interface SignedInProps<H extends SignedInHost = SignedInHost> {
  host: H;
  params: LaunchParams;
}

export function SignedIn({ host, params }: SignedInProps) {
  return host.kind === "dev" ? (
    <DevSignedIn host={host} params={params} />
  ) : (
    <SessionScope host={host} params={params} getToken={host.getToken} identityKey="teams" />
  );
}

/** The development identity: the chosen persona signs in, and the banner says so and lets it change. */
function DevSignedIn({ host, params }: SignedInProps<Extract<SignedInHost, { kind: "dev" }>>) {
  const persona = usePersona(host.identity, params.persona);
  const banner = (
    <DevBanner personas={host.identity.personas} persona={persona.persona} onPersonaChange={persona.setPersona} />
  );
  return (
    <SessionScope
      host={host}
      params={params}
      getToken={persona.getToken}
      identityKey={persona.persona}
      banner={banner}
    />
  );
}

interface SessionScopeProps extends SignedInProps {
  getToken: () => Promise<string>;
  /** Changes whenever the identity changes (dev persona switch), so loaders refetch. */
  identityKey: string;
  banner?: ReactNode;
}

function SessionScope({ host, params, getToken, identityKey, banner }: SessionScopeProps) {
  const people = usePeopleRegistry();
  const api = useMemo(() => createApiClient(getToken, people.learn), [getToken, people.learn]);
  const place = useMemo(() => placeOf(host, params), [host, params]);
  const session = useMemo<Session>(
    () => ({ host, api, place, teamKey: place.kind === "team" ? place.groupId : undefined, identityKey }),
    [host, api, place, identityKey],
  );
  return (
    <PeopleContext.Provider value={people}>
      <SessionContext.Provider value={session}>
        <TeamScope>
          <PlaceContent params={params} banner={banner} />
        </TeamScope>
      </SessionContext.Provider>
    </PeopleContext.Provider>
  );
}
