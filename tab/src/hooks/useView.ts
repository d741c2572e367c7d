/**
 * The content page's sections, which `?view=` (and the configuration page's default view) name; the one
 * shown is kept in the URL, among those the user may open.
 */
import { useState } from "react";
import { useTeam } from "./teamConfigContext.js";

export const VIEWS = [
  "matrix",
  "corridor",
  "contingency",
  "interpreters",
  "checklist",
  "reminders",
  "activity",
  "learners",
  "settings",
] as const;
export type View = (typeof VIEWS)[number];

/** Views a team member may open as the tab's default; settings are for pilots only. */
export const DEFAULT_VIEW_CHOICES: View[] = [
  "matrix",
  "corridor",
  "contingency",
  "interpreters",
  "checklist",
  "reminders",
];

export function parseView(raw: string | undefined): View {
  return (VIEWS as readonly string[]).includes(raw ?? "") ? (raw as View) : "matrix";
}

export function useView(initial: string | undefined): [View, (view: View) => void] {
  const [view, setViewState] = useState<View>(() => parseView(initial));
  const setView = (next: View) => {
    setViewState(next);
    const url = new URL(window.location.href);
    url.searchParams.set("view", next);
    window.history.replaceState(null, "", url);
  };
  return [view, setView];
}

/** Settings for pilots; learners for pilots, supervisors and learners (issue 4; the API enforces it). */
export function useVisibleViews(): View[] {
  const { config, canEdit, me } = useTeam();
  if (config.status !== "ready") return ["matrix"];
  const supervision = (me?.roles ?? []).some((r) => r === "pilot" || r === "supervisor" || r === "learner");
  return VIEWS.filter((v) => (v !== "settings" || canEdit) && (v !== "learners" || supervision));
}
