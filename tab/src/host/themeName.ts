import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeName = "light" | "dark" | "contrast";

/** Teams says "default", "dark" or "contrast"; the dev URL may also say "light". */
export function resolveThemeName(raw: string | undefined | null): ThemeName {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "dark") return "dark";
  if (value === "contrast" || value === "highcontrast") return "contrast";
  return "light";
}

export const FLUENT_THEMES: Record<ThemeName, Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  contrast: teamsHighContrastTheme,
};
