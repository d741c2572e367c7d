/** A person is an Entra object id to the API; the tab names the user themself and, in dev, the personas. */
import { useCallback } from "react";
import { useLocale } from "../i18n/localeContext.js";
import { useSession } from "./useSession.js";
import { useTeam } from "./teamConfigContext.js";

export function usePersonName(): (oid: string) => string {
  const locale = useLocale();
  const { host } = useSession();
  const { me } = useTeam();
  return useCallback(
    (oid: string) => {
      if (me && oid === me.userId) return `${me.name} (${locale === "en" ? "you" : "vous"})`;
      const persona = host.kind === "dev" ? host.identity.personas.find((p) => p.oid === oid) : undefined;
      return persona ? persona.name : oid;
    },
    [host, me, locale],
  );
}
