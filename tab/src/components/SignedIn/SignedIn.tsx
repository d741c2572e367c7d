/** Signed in (Teams SSO or dev persona): the API client, the names it learns, where the tab is, then the page. */
import { useMemo } from "react";
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

export function SignedIn({ host, params }: { host: SignedInHost; params: LaunchParams }) {
  const persona = usePersona(host.kind === "dev" ? host.identity : undefined, params.persona);
  const getToken = host.kind === "teams" ? host.getToken : persona!.getToken;
  const people = usePeopleRegistry();
  const api = useMemo(() => createApiClient(getToken, people.learn), [getToken, people.learn]);
  const place = useMemo(() => placeOf(host, params), [host, params]);
  const session = useMemo<Session>(
    () => ({
      host,
      api,
      place,
      teamKey: place.kind === "team" ? place.groupId : undefined,
      identityKey: persona?.persona ?? "teams",
    }),
    [host, api, place, persona?.persona],
  );
  const banner =
    host.kind === "dev" && persona ? (
      <DevBanner personas={host.identity.personas} persona={persona.persona} onPersonaChange={persona.setPersona} />
    ) : undefined;
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
