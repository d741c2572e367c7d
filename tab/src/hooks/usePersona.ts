/** Development identity only: which persona the tab signs in as, kept in the URL so a reload keeps it. */
import { useCallback, useMemo, useRef, useState } from "react";
import { fetchDevToken, type DevIdentity, type DevToken } from "../host/devIdentity.js";

export interface PersonaChoice {
  persona: string;
  setPersona: (id: string) => void;
  getToken: () => Promise<string>;
}

export function usePersona(identity: DevIdentity, requested: string | undefined): PersonaChoice {
  const initial = identity.personas.find((p) => p.id === requested)?.id ?? identity.personas[0]?.id ?? "";
  const [persona, setPersonaState] = useState(initial);
  const tokens = useRef(new Map<string, Promise<DevToken>>());

  const setPersona = useCallback((id: string) => {
    setPersonaState(id);
    const url = new URL(window.location.href);
    url.searchParams.set("persona", id);
    window.history.replaceState(null, "", url);
  }, []);

  const getToken = useCallback(async () => {
    const cached = await tokens.current.get(persona)?.catch(() => undefined);
    if (cached && cached.renewAt > Date.now()) return cached.token;
    const pending = fetchDevToken(persona);
    tokens.current.set(persona, pending);
    try {
      return (await pending).token;
    } catch (error) {
      tokens.current.delete(persona);
      throw error;
    }
  }, [persona]);

  return useMemo(() => ({ persona, setPersona, getToken }), [persona, setPersona, getToken]);
}
