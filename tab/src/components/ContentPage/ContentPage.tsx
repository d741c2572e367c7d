/** The tab's content: a TabList of sections over the team's configuration (pilots edit, others read). */
import type { ReactNode } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { useVisibleViews, type View } from "../../hooks/useView.js";
import { ChecklistSection } from "../ChecklistSection/ChecklistSection.js";
import { ContingencySection } from "../ContingencySection/ContingencySection.js";
import { CorridorSection } from "../CorridorSection/CorridorSection.js";
import { ActivityPage } from "../ActivityPage/ActivityPage.js";
import { InterpretersSection } from "../InterpretersSection/InterpretersSection.js";
import { LearnersPage } from "../LearnersPage/LearnersPage.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { ReminderSection } from "../ReminderSection/ReminderSection.js";
import { SettingsSection } from "../SettingsSection/SettingsSection.js";
import { useContentPageStyles } from "./ContentPage.styles.js";
import { CONTENT_PAGE_STRINGS, VIEW_LABELS } from "./ContentPage.strings.js";

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

export function ContentSection({ view }: { view: View }) {
  const views = useVisibleViews();
  const shown = views.includes(view) ? view : "matrix";
  return <>{SECTIONS[shown]()}</>;
}
