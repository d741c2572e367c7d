/**
 * Activité: a supervisor sees their learners, a pilot the team, everyone their own encounters — the API
 * decides (issue 4); this page only offers the views the caller's roles allow. Period, summary, chart,
 * table (a page at a time), CSV export, and the §5/§7 share of telehealth in "my encounters".
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ActivityViewName } from "../../hooks/activityTypes.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useActivityFilters } from "../../hooks/useActivityFilters.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { longDate } from "../shared/dates.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";
import { ActivityFiltersForm, type ViewChoice } from "./ActivityFiltersForm.js";
import { ActivityResults } from "./ActivityResults.js";
import { SharePanel } from "./SharePanel.js";

/** The views the caller's roles allow, widest first. */
function useViewChoices(): ViewChoice[] {
  const text = useStrings(ACTIVITY_STRINGS);
  const roles = useTeam().me?.roles ?? [];
  const pilot = roles.includes("pilot");
  const supervisor = roles.includes("supervisor");
  const choices: ViewChoice[] = [];
  if (pilot) choices.push({ id: "team", label: text.viewTeam });
  if (pilot || supervisor) {
    choices.push({ id: "learners", label: pilot && !supervisor ? text.viewLearnersPilot : text.viewLearners });
  }
  choices.push({ id: "mine", label: text.viewMine });
  return choices;
}

export function ActivityPage() {
  const text = useStrings(ACTIVITY_STRINGS);
  const locale = useLocale();
  const choices = useViewChoices();
  const ids: ActivityViewName[] = choices.map((c) => c.id);
  const filters = useActivityFilters(ids);
  return (
    <Section wide heading={text.heading} intro={text.intro} data-testid="activity-page">
      <ActivityFiltersForm filters={filters} choices={choices} />
      {!filters.rangeOk && (
        <MessageBar intent="warning" data-testid="activity-stale">
          <MessageBarBody>
            {format(text.staleResults, {
              from: longDate(filters.applied.from, locale),
              to: longDate(filters.applied.to, locale),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      <ActivityResults query={filters.query} showClinician={filters.view !== "mine"} />
      {filters.view === "mine" && <SharePanel defaultPeriod={filters.applied.from.slice(0, 4)} />}
    </Section>
  );
}
