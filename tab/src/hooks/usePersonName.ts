/**
 * A person is an Entra object id to the API and a name on screen: the user themself with "(vous)/(you)",
 * anyone else from the names the API sent, and someone it never named is "an unknown team member".
 */
import { useCallback, useContext } from "react";
import { displayName } from "../../../bot/src/domain/people.js";
import { useLocale } from "../i18n/localeContext.js";
import { usePeople } from "./peopleNames.js";
import { TeamContext } from "./teamConfigContext.js";

const YOU = { "fr-CA": "vous", en: "you" } as const;

export function usePersonName(): (oid: string | undefined) => string {
  const locale = useLocale();
  const { names } = usePeople();
  const me = useContext(TeamContext)?.me;
  return useCallback(
    (oid: string | undefined) =>
      me && oid === me.userId ? `${me.name} (${YOU[locale]})` : displayName(names, oid, locale),
    [names, me, locale],
  );
}
