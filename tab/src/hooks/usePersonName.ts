/**
 * A person is an Entra object id to the API and a name on screen: the user themself with "(vous)/(you)",
 * anyone else from the names the API sent, and someone it never named is "an unknown team member".
 */
import { useCallback, useContext } from "react";
import { displayName } from "@shared/domain/people.js";
import { format, useLocale } from "../i18n/localeContext.js";
import { usePeople } from "./peopleNames.js";
import { TeamContext } from "./teamConfigContext.js";
import { PERSON_NAME_STRINGS } from "./usePersonName.strings.js";

export function usePersonName(): (oid: string | undefined) => string {
  const locale = useLocale();
  const { names } = usePeople();
  const me = useContext(TeamContext)?.me;
  return useCallback(
    (oid: string | undefined) =>
      me && oid === me.userId
        ? format(PERSON_NAME_STRINGS.you[locale], { name: me.name })
        : displayName(names, oid, locale),
    [names, me, locale],
  );
}
