/** The Teams theme, followed live (light, dark, high contrast); outside Teams the `?theme=` parameter. */
import { useEffect, useState } from "react";
import type { Host } from "../host/bootstrap.js";
import { onTeamsThemeChange } from "../host/teamsHost.js";
import { resolveThemeName, type ThemeName } from "../host/themeName.js";

export function useThemeName(host: Host | null, fallback: ThemeName): ThemeName {
  const [theme, setTheme] = useState<ThemeName>(host?.theme ?? fallback);
  useEffect(() => {
    if (!host) return;
    setTheme(host.theme);
    if (host.kind === "teams") onTeamsThemeChange((raw) => setTheme(resolveThemeName(raw)));
  }, [host]);
  return theme;
}
