/** The Teams theme, followed live (light, dark, high contrast); outside Teams the `?theme=` parameter. */
import { useEffect, useState } from "react";
import type { Host } from "../host/bootstrap.js";
import { onTeamsThemeChange } from "../host/teamsHost.js";
import { resolveThemeName, type ThemeName } from "../host/themeName.js";

export function useThemeName(host: Host | null, fallback: ThemeName): ThemeName {
  // Only a change Teams reports is state; before it, the host's theme (or the fallback while it boots).
  const [changed, setChanged] = useState<ThemeName | undefined>();
  useEffect(() => {
    if (host?.kind === "teams") onTeamsThemeChange((raw) => setChanged(resolveThemeName(raw)));
  }, [host]);
  return changed ?? host?.theme ?? fallback;
}
