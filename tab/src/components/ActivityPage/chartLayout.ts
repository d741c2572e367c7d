/**
 * Where the activity chart's bars and labels go at the width it is shown: drawn at that size, its labels are read
 * at their own size (12 px) rather than scaled down to 5 px in a side panel, and only as many as have room.
 */
import type { ActivitySummary } from "../../api/types.js";
import type { Locale } from "../../i18n/localeContext.js";

export const CHART_MAX_WIDTH = 720;
const CHART_MIN_WIDTH = 240;
/** A label's width per character at 12 px, a little more than the widest letters of a date take. */
const LABEL_CHAR_PX = 7;
const LABEL_GAP_PX = 8;

export function chartLayout(summary: ActivitySummary, shownWidth: number, locale: Locale) {
  // A week that began before the period counts only the period's days: it is named by the period's first day.
  const buckets = summary.buckets.map((b, i) =>
    i === 0 && b.start < summary.from ? { ...b, start: summary.from } : b,
  );
  const width = Math.min(CHART_MAX_WIDTH, Math.max(CHART_MIN_WIDTH, shownWidth));
  const slot = width / buckets.length;
  const labels = chartLabels({ ...summary, buckets }, locale);
  const widest = Math.max(...labels.map((l) => l.length)) * LABEL_CHAR_PX + LABEL_GAP_PX;
  /** Every label when each has room, else every second, third… one: never two overlapping. */
  const every = Math.max(1, Math.ceil(widest / slot));
  // Under its bar, but never cut by the chart's edge (« nov. 2025 » under a first bar 21 px wide).
  const labelX = labels.map((label, i) => {
    const half = (label.length * LABEL_CHAR_PX) / 2;
    return Math.min(width - half, Math.max(half, i * slot + slot / 2));
  });
  return { buckets, width, slot, labels, every, labelX };
}

/** A chart's label for an ISO date: "26 oct." / "Oct 26", or its month alone ("oct." / "Oct"). */
function shortDate(isoDate: string, locale: Locale, monthOnly = false): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  const day = monthOnly ? {} : { day: "numeric" as const };
  return new Intl.DateTimeFormat(locale, { ...day, month: "short", timeZone: "UTC" }).format(date);
}

/**
 * A chart's labels for its buckets' first days: by month, a period over more than one year gives the year on its
 * first month and on each January (« nov. 2025 », « déc. », « janv. 2026 »), so that no two labels read alike.
 */
export function chartLabels(
  { buckets, bucketSize }: { buckets: ReadonlyArray<{ start: string }>; bucketSize: string },
  locale: Locale,
): string[] {
  const monthOnly = bucketSize === "month";
  const years = new Set(buckets.map((b) => b.start.slice(0, 4)));
  return buckets.map(({ start }, i) => {
    const label = shortDate(start, locale, monthOnly);
    const withYear = monthOnly && years.size > 1 && (i === 0 || start.slice(5, 7) === "01");
    return withYear ? `${label} ${start.slice(0, 4)}` : label;
  });
}
