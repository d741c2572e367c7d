/** The tab's content: a TabList of sections over the team's configuration (pilots edit, others read). */
import { useState, type ReactNode } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { ChecklistSection } from "../ChecklistSection/ChecklistSection.js";
import { ContingencySection } from "../ContingencySection/ContingencySection.js";
import { CorridorSection } from "../CorridorSection/CorridorSection.js";
import { InterpretersSection } from "../InterpretersSection/InterpretersSection.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { ReminderSection } from "../ReminderSection/ReminderSection.js";
import { SettingsSection } from "../SettingsSection/SettingsSection.js";
import { ActivityPage } from "../activity/ActivityPage.js";
import { LearnersPage } from "../learners/LearnersPage.js";
import { useContentPageStyles } from "./ContentPage.styles.js";
import { CONTENT_PAGE_STRINGS } from "./ContentPage.strings.js";
import { VIEW_LABELS, VIEWS, parseView, type View } from "./views.js";

const SECTIONS: Record<View, () => ReactNode> = {
  matrix: () => <MatrixPage />,
  corridor: () => <CorridorSection />,
  contingency: () => <ContingencySection />,
  interpreters: () => <InterpretersSection />,
  checklist: () => <ChecklistSection />,
  reminders: () => <ReminderSection />,
  settings: () => <SettingsSection />,
  activity: () => <ActivityPage />,
  learners: () => <LearnersPage />,
};

export function useVisibleViews(): View[] {
  const { config, canEdit, me } = useTeam();
  if (config.status !== "ready") return ["matrix"];
  // Learners: pilots, supervisors and learners of the team (issue 4; the API enforces it).
  const supervision = (me?.roles ?? []).some((r) => r === "pilot" || r === "supervisor" || r === "learner");
  return VIEWS.filter((v) => (v !== "settings" || canEdit) && (v !== "learners" || supervision));
}

export function ContentNav({ view, onChange }: { view: View; onChange: (view: View) => void }) {
  const locale = useLocale();
  const text = useStrings(CONTENT_PAGE_STRINGS);
  const styles = useContentPageStyles();
  const views = useVisibleViews();
  if (views.length < 2) return null;
  return (
    <nav aria-label={text.nav}>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => onChange(data.value as View)}>
        {views.map((v) => (
          <Tab key={v} value={v} data-view={v}>
            {VIEW_LABELS[v][locale]}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
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

export function ContentSection({ view }: { view: View }) {
  const views = useVisibleViews();
  const shown = views.includes(view) ? view : "matrix";
  return <>{SECTIONS[shown]()}</>;
}
