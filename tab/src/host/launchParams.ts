/**
 * What the tab's URL says: `?persona=pilote&team=<group id>&locale=fr-CA&theme=dark&view=matrix`.
 * Outside Teams (dev identity), `meeting=<Teams meeting id>` stands for the meeting context.
 */
export interface LaunchParams {
  persona?: string;
  team?: string;
  meeting?: string;
  locale?: string;
  theme?: string;
  view?: string;
}

export function readLaunchParams(search: string = window.location.search): LaunchParams {
  const params = new URLSearchParams(search);
  const get = (name: string) => {
    const value = params.get(name)?.trim();
    // Teams leaves unknown placeholders such as "{theme}" verbatim on some hosts.
    return value && !/^\{.*\}$/.test(value) ? value : undefined;
  };
  return {
    persona: get("persona"),
    team: get("team"),
    meeting: get("meeting"),
    locale: get("locale"),
    theme: get("theme"),
    view: get("view"),
  };
}
