/** The tab's content: a TabList of sections over the team's configuration (pilots edit, others read). */
import type { ReactNode } from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { useVisibleViews, type View } from "../../hooks/useView.js";
import { LazySection } from "../LazySection/LazySection.js";
import { loadSection } from "../LazySection/loadSection.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { useContentPageStyles } from "./ContentPage.styles.js";
import { CONTENT_PAGE_STRINGS, VIEW_LABELS } from "./ContentPage.strings.js";

// The matrix is in the tab's first download; every other section is its own chunk, fetched when first opened.
const CorridorSection = loadSection(() => import("../CorridorSection/CorridorSection.js"), "CorridorSection");
const ContingencySection = loadSection(
  () => import("../ContingencySection/ContingencySection.js"),
  "ContingencySection",
);
const InterpretersSection = loadSection(
  () => import("../InterpretersSection/InterpretersSection.js"),
  "InterpretersSection",
);
const ChecklistSection = loadSection(() => import("../ChecklistSection/ChecklistSection.js"), "ChecklistSection");
const ReminderSection = loadSection(() => import("../ReminderSection/ReminderSection.js"), "ReminderSection");
const SettingsSection = loadSection(() => import("../SettingsSection/SettingsSection.js"), "SettingsSection");
const ActivityPage = loadSection(() => import("../ActivityPage/ActivityPage.js"), "ActivityPage");
const LearnersPage = loadSection(() => import("../LearnersPage/LearnersPage.js"), "LearnersPage");

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
  return <LazySection key={shown}>{SECTIONS[shown]()}</LazySection>;
}
