/** The activity's filters: the view (as the roles allow), a learner, the period (this month, this year). */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { MAX_PERIOD_DAYS } from "@shared/domain/activityPeriod.js";
import { teamPath } from "../../api/apiClient.js";
import type { ActivityViewName } from "../../hooks/activityTypes.js";
import { useAsync } from "../../hooks/useAsync.js";
import { thisMonth, thisYear, type ActivityFilters } from "../../hooks/useActivityFilters.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useSession } from "../../hooks/useSession.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";

export interface ViewChoice {
  id: ActivityViewName;
  label: string;
}

export function ActivityFiltersForm({ filters, choices }: { filters: ActivityFilters; choices: ViewChoice[] }) {
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const { range, changeRange, problem } = filters;
  const said = { noDate: text.noDate, order: format(text.badRange, { days: MAX_PERIOD_DAYS }) };
  return (
    <form className={styles.filters} aria-label={text.filters} onSubmit={(e) => e.preventDefault()}>
      {choices.length > 1 && (
        <Field label={text.view}>
          <Select
            value={filters.view}
            onChange={(_, d) => filters.setView(d.value as ActivityViewName)}
            data-testid="activity-view"
          >
            {choices.map((v) => (
              <option key={v.id} value={v.id}>
                {v.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {filters.view === "learners" && <LearnerPicker value={filters.learner} onChange={filters.setLearner} />}
      <Field label={text.from} validationMessage={problem?.from && said[problem.from]}>
        <Input type="date" value={range.from} onChange={(_, d) => changeRange({ ...range, from: d.value })} />
      </Field>
      <Field label={text.to} validationMessage={problem?.to && said[problem.to]}>
        <Input type="date" value={range.to} onChange={(_, d) => changeRange({ ...range, to: d.value })} />
      </Field>
      <div className={styles.actions}>
        <Button onClick={() => changeRange(thisMonth())}>{text.thisMonth}</Button>
        <Button onClick={() => changeRange(thisYear())}>{text.thisYear}</Button>
      </div>
    </form>
  );
}

function LearnerPicker({ value, onChange }: { value: string; onChange: (oid: string) => void }) {
  const text = useStrings(ACTIVITY_STRINGS);
  const { api, teamKey, identityKey } = useSession();
  const nameOf = usePersonName();
  const learners = useAsync(
    async () =>
      (await api.get<{ items: Array<{ oid: string }> }>(teamPath(teamKey ?? "", "/learners?pageSize=100"))).data.items,
    `learners|${identityKey}|${teamKey}`,
  );
  return (
    <Field label={text.learner}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} data-testid="activity-learner">
        <option value="">{text.allLearners}</option>
        {learners.status === "ready" &&
          learners.data.map((l) => (
            <option key={l.oid} value={l.oid}>
              {nameOf(l.oid)}
            </option>
          ))}
      </Select>
    </Field>
  );
}
