/**
 * Activité: a supervisor sees their learners, a pilot the team, everyone their own encounters — the API
 * decides (issue 4); this page only offers the views the caller's roles allow. Period, summary, chart,
 * table (a page at a time), CSV export, and the §5/§7 share of telehealth in "my encounters".
 */
import { useEffect, useMemo, useState } from "react";
import { Button, Field, Input, Select, Spinner } from "@fluentui/react-components";
import { DateTime } from "luxon";
import { teamPath } from "../../api/apiClient.js";
import { useAsync } from "../../hooks/useAsync.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";
import { ActivityTable } from "./ActivityTable.js";
import { ActivityTotals } from "./ActivityTotals.js";
import type { ActivityQuery, ActivityViewName } from "./activityTypes.js";
import { SharePanel } from "./SharePanel.js";
import { useActivityRows, useActivitySummary, useCsvExport } from "./useActivity.js";

const ZONE = "America/Montreal";
const today = () => DateTime.now().setZone(ZONE);
const monthRange = () => ({ from: today().startOf("month").toISODate()!, to: today().toISODate()! });
const yearRange = () => ({ from: today().startOf("year").toISODate()!, to: today().toISODate()! });

function validRange(from: string, to: string): boolean {
  const a = DateTime.fromISO(from);
  const b = DateTime.fromISO(to);
  return a.isValid && b.isValid && b >= a && b.diff(a, "days").days < 400;
}

export function ActivityPage() {
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const { me } = useTeam();
  const roles = me?.roles ?? [];
  const pilot = roles.includes("pilot");
  const supervisor = roles.includes("supervisor");
  const views: Array<{ id: ActivityViewName; label: string }> = [
    ...(pilot ? [{ id: "team" as const, label: text.viewTeam }] : []),
    ...(pilot || supervisor
      ? [{ id: "learners" as const, label: pilot && !supervisor ? text.viewLearnersPilot : text.viewLearners }]
      : []),
    { id: "mine", label: text.viewMine },
  ];
  // Until the user picks one, the widest view their roles allow (roles arrive after the first render).
  const [view, setView] = useState<ActivityViewName | undefined>();
  const [learner, setLearner] = useState("");
  const [range, setRange] = useState(monthRange);
  const rangeOk = validRange(range.from, range.to);
  // The last valid range is the one shown; an invalid one waits (the field says why).
  const [applied, setApplied] = useState(range);
  useEffect(() => {
    if (rangeOk) setApplied(range);
  }, [range, rangeOk]);

  const shownView: ActivityViewName = view && views.some((v) => v.id === view) ? view : views[0]!.id;
  const query = useMemo<ActivityQuery>(
    () =>
      shownView === "learners" && learner
        ? { view: "learner", subject: learner, ...applied }
        : { view: shownView, ...applied },
    [shownView, learner, applied],
  );

  return (
    <section className={styles.root} aria-labelledby="activity-heading" data-testid="activity-page">
      <h2 id="activity-heading" className={styles.heading}>
        {text.heading}
      </h2>
      <p className={styles.intro}>{text.intro}</p>
      <form className={styles.filters} aria-label={text.filters} onSubmit={(e) => e.preventDefault()}>
        {views.length > 1 && (
          <Field label={text.view}>
            <Select
              value={shownView}
              onChange={(_, d) => setView(d.value as ActivityViewName)}
              data-testid="activity-view"
            >
              {views.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        {shownView === "learners" && <LearnerPicker value={learner} onChange={setLearner} />}
        <Field label={text.from}>
          <Input type="date" value={range.from} onChange={(_, d) => setRange((r) => ({ ...r, from: d.value }))} />
        </Field>
        <Field label={text.to} validationMessage={rangeOk ? undefined : text.badRange}>
          <Input type="date" value={range.to} onChange={(_, d) => setRange((r) => ({ ...r, to: d.value }))} />
        </Field>
        <div className={styles.actions}>
          <Button onClick={() => setRange(monthRange())}>{text.thisMonth}</Button>
          <Button onClick={() => setRange(yearRange())}>{text.thisYear}</Button>
        </div>
      </form>
      <ActivityResults query={query} showClinician={shownView !== "mine"} />
      {shownView === "mine" && <SharePanel defaultPeriod={applied.from.slice(0, 4)} />}
    </section>
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

function ActivityResults({ query, showClinician }: { query: ActivityQuery; showClinician: boolean }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const summary = useActivitySummary(query);
  const rows = useActivityRows(query);
  const csv = useCsvExport(query, locale);
  return (
    <>
      {summary.status === "loading" && <Spinner label={text.loading} />}
      {summary.status === "error" && <LoadError error={summary.error} onRetry={summary.reload} />}
      {summary.status === "ready" && <ActivityTotals summary={summary.data} />}
      {rows.status === "error" && summary.status !== "error" && <LoadError error={rows.error} />}
      {rows.status === "ready" && rows.rows.length === 0 && <p className={styles.intro}>{text.none}</p>}
      {rows.rows.length > 0 && (
        <div data-testid="activity-table">
          <ActivityTable rows={rows.rows} showClinician={showClinician} />
        </div>
      )}
      <div className={styles.actions}>
        {rows.more && (
          <Button onClick={rows.loadMore} disabled={rows.loadingMore}>
            {text.more}
          </Button>
        )}
        {rows.status === "ready" && rows.rows.length > 0 && (
          <Button onClick={() => void csv.run()} disabled={csv.busy} data-testid="activity-export">
            {csv.busy ? text.exporting : text.export}
          </Button>
        )}
      </div>
      {csv.error !== undefined && <LoadError error={csv.error} />}
    </>
  );
}
