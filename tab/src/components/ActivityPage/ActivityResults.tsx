/** The activity of the filters' query: summary and chart, the encounters a page at a time, CSV export. */
import { Button, Spinner } from "@fluentui/react-components";
import type { ActivityQuery } from "../../hooks/activityTypes.js";
import { useActivityRows, useActivitySummary, useCsvExport } from "../../hooks/useActivity.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";
import { ActivityTable } from "./ActivityTable.js";
import { ActivityTotals } from "./ActivityTotals.js";

export function ActivityResults({ query, showClinician }: { query: ActivityQuery; showClinician: boolean }) {
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
      {rows.status === "ready" && rows.items.length === 0 && <p className={styles.intro}>{text.none}</p>}
      {rows.items.length > 0 && (
        <div data-testid="activity-table">
          <ActivityTable rows={rows.items} showClinician={showClinician} />
        </div>
      )}
      <div className={styles.actions}>
        {rows.more && (
          <Button onClick={rows.loadMore} disabledFocusable={rows.loadingMore}>
            {text.more}
          </Button>
        )}
        {rows.status === "ready" && rows.items.length > 0 && (
          <Button onClick={() => void csv.run()} disabledFocusable={csv.busy} data-testid="activity-export">
            {csv.busy ? text.exporting : text.export}
          </Button>
        )}
      </div>
      {csv.error !== undefined && <LoadError error={csv.error} />}
    </>
  );
}
