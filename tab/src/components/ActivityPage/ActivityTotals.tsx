/** Totals and rates of the period (§1.1 consent and 24 h notes, §3 plan, §2.3 follow-ups, §9 flags), a small chart and, for the team, §11. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { longDate } from "../shared/dates.js";
import { chartLayout } from "./chartLayout.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { ACTIVITY_STRINGS } from "./ActivityPage.strings.js";
import type { ActivitySummary } from "../../api/types.js";
import { counted, type NounForms } from "@shared/i18n/plural.js";
import { RegulationCounts } from "./RegulationCounts.js";
import { useWidth } from "../../hooks/useWidth.js";

const ENCOUNTERS: NounForms = {
  "fr-CA": { one: "rencontre", other: "rencontres" },
  en: { one: "encounter", other: "encounters" },
};

export function percent(value: number | null, locale: string, none: string): string {
  return value === null
    ? none
    : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
}

export function ActivityTotals({ summary }: { summary: ActivitySummary }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const { totals, rates } = summary;
  const cards: Array<[string, string, string]> = [
    ["encounters", text.encounters, String(totals.encounters)],
    ["consent", text.consentRate, percent(rates.consentRecorded, locale, text.notApplicable)],
    ["plan", text.planRate, percent(rates.planAgreed, locale, text.notApplicable)],
    ["notes", text.notesRate, percent(rates.notesWithin24h, locale, text.notApplicable)],
    ["overdue", text.notesOverdue, String(totals.notes.overdue)],
    ["followUps", text.followUpsPastDue, String(totals.followUpsPastDue)],
    ["flagged", text.flagged, String(totals.flagged)],
  ];
  const evaluation = summary.evaluation;
  return (
    <Section level={3} heading={text.summary} data-testid="activity-summary">
      <ul className={styles.cards} role="list">
        {cards.map(([key, label, value]) => (
          <li key={key} className={styles.card} data-metric={key}>
            <p className={styles.cardValue}>{value}</p>
            <p className={styles.cardLabel}>{label}</p>
          </li>
        ))}
      </ul>
      <RegulationCounts counts={totals.regulation} />
      <Chart summary={summary} />
      {evaluation && (
        <MessageBar
          intent={evaluation.state === "current" ? "info" : "warning"}
          layout="multiline"
          data-testid="evaluation-status"
        >
          <MessageBarBody>
            {evaluation.state === "never"
              ? text.evaluationNever
              : format(evaluation.state === "due" ? text.evaluationDue : text.evaluationCurrent, {
                  date: longDate(evaluation.nextDue ?? "", locale),
                })}
          </MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}

function Chart({ summary }: { summary: ActivitySummary }) {
  return summary.buckets.length === 0 ? null : <ChartFigure summary={summary} />;
}

function ChartFigure({ summary }: { summary: ActivitySummary }) {
  const locale = useLocale();
  const text = useStrings(ACTIVITY_STRINGS);
  const styles = useActivityStyles();
  const { ref, value: shown } = useWidth<HTMLElement, number>(Math.round);
  const { buckets, width, slot, labels, every, labelX } = chartLayout(summary, shown, locale);
  const height = 160;
  const max = Math.max(1, ...buckets.map((b) => b.encounters));
  const caption = format(text.chartCaption, { bucket: text[summary.bucketSize] });
  const describe = (start: string, count: number) =>
    format(text.chartBar, { start: longDate(start, locale), count: counted(count, ENCOUNTERS, locale) });
  return (
    <figure ref={ref} className={styles.figure}>
      <svg
        className={styles.chart}
        viewBox={`0 0 ${width} ${height + 20}`}
        role="img"
        aria-labelledby="activity-chart-caption"
        data-testid="activity-chart"
      >
        <line className={styles.axis} x1={0} x2={width} y1={height} y2={height} />
        {buckets.map((b, i) => {
          const h = Math.round((b.encounters / max) * (height - 10));
          return (
            <rect
              key={b.start}
              className={styles.bar}
              x={i * slot + slot * 0.15}
              width={slot * 0.7}
              y={height - h}
              height={h}
              data-count={b.encounters}
            >
              <title>{describe(b.start, b.encounters)}</title>
            </rect>
          );
        })}
        {buckets.map(
          (b, i) =>
            i % every === 0 && (
              <text key={b.start} className={styles.chartLabel} x={labelX[i]} y={height + 14} textAnchor="middle">
                {labels[i]}
              </text>
            ),
        )}
      </svg>
      <figcaption id="activity-chart-caption" className={styles.cardLabel}>
        {caption} — {buckets.map((b) => describe(b.start, b.encounters)).join("; ")}
      </figcaption>
    </figure>
  );
}
