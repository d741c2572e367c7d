/**
 * The note-obligation card, sent 1:1 to the clinician (never as a targeted meeting message: those vanish
 * after 24 h). States: open (first card), reminder, overdue, filed; "remind me later" adds a notice.
 * Times are shown in Québec local time (America/Montreal).
 */
import { DateTime } from "luxon";
import { pick, type Locale, type Picked } from "../../i18n/locale.js";
import { regulatoryDeadlineAfter } from "../../domain/noteObligation.js";
import { CLINIC_ZONE } from "../../domain/followUp.js";
import { quebecClock } from "../../domain/quebecTime.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import { NOTE_OBLIGATION_STRINGS } from "./noteObligation.strings.js";
import template from "./noteObligation.json" with { type: "json" };
import { format } from "../../i18n/format.js";
import { withFirstOfMonth } from "../../i18n/frenchDates.js";
import type { ClosedBy } from "../../domain/encounter.js";

export type NoteCardState = "open" | "reminder" | "overdue" | "filed";

export interface NoteObligationCardInput {
  locale: Locale;
  state: NoteCardState;
  encounterId: string;
  endedAt: string;
  /** What closed the encounter: "scheduler" when Balises received no end and closed it at the scheduled end. */
  closedBy?: ClosedBy;
  deadline: string;
  /** The ready-to-copy block (progressNoteBlock), shown until the note is filed. */
  block: string;
  now: string;
  filedAt?: string;
  filedOnTime?: boolean;
  /** "Remind me later" was pressed: when the next reminder comes. */
  snoozedUntil?: string;
}

/** A stored instant on Québec's wall clock, in the reader's language. */
function inQuebec(iso: string, locale: Locale): DateTime {
  return DateTime.fromISO(iso, { zone: "utc" })
    .setZone(CLINIC_ZONE)
    .setLocale(locale === "fr-CA" ? "fr-CA" : "en-CA");
}

/**
 * A date-time a person reads: "lundi 23 novembre 2026 à 14 h 05 HNE" / "Monday, November 23, 2026 at 14:05 EST" —
 * 24-hour in English too, as the progress-note block on the same card and every other card write times.
 */
export function localDateTime(iso: string, locale: Locale): string {
  const formatted = inQuebec(iso, locale).toLocaleString({
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  });
  return withFirstOfMonth(formatted, locale);
}

/** The deadline's day and time, short enough for a notification: it is usually the next day. */
function dayAndTime(iso: string, locale: Locale): string {
  const day = inQuebec(iso, locale).toFormat(locale === "fr-CA" ? "cccc d LLLL 'à'" : "cccc, LLLL d 'at'");
  return withFirstOfMonth(`${day} ${quebecClock(iso, locale)}`, locale);
}

function remaining(now: string, deadline: string, locale: Locale): string {
  const ms = Math.max(0, Date.parse(deadline) - Date.parse(now));
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  return locale === "fr-CA" ? `${hours} h ${String(minutes).padStart(2, "0")} min` : `${hours} hr ${minutes} min`;
}

const HEADING = {
  open: "headingOpen",
  reminder: "headingReminder",
  overdue: "headingOverdue",
  filed: "headingFiled",
} as const;

/** The deadline; a shorter local one is named as such, beside the regulatory 24 h it comes before. */
function deadlineText(input: NoteObligationCardInput, t: Picked<typeof NOTE_OBLIGATION_STRINGS>): string {
  const deadline = localDateTime(input.deadline, input.locale);
  const regulatory = regulatoryDeadlineAfter(new Date(input.endedAt), new Date(input.deadline));
  if (!regulatory) return deadline;
  return format(t.localDeadline, { deadline, regulatory: localDateTime(regulatory.toISOString(), input.locale) });
}

export function buildNoteObligationCard(input: NoteObligationCardInput): AdaptiveCard {
  const t = pick(NOTE_OBLIGATION_STRINGS, input.locale);
  const filed = input.state === "filed";
  const facts = [
    {
      label: t.encounter,
      value: format(input.closedBy === "scheduler" ? t.encounterClosedAtScheduledEnd : t.encounterValue, {
        ended: localDateTime(input.endedAt, input.locale),
      }),
    },
    { label: t.deadline, value: deadlineText(input, t) },
    ...(input.state === "open" || input.state === "reminder"
      ? [{ label: t.remaining, value: remaining(input.now, input.deadline, input.locale) }]
      : []),
    ...(filed && input.filedAt
      ? [
          {
            label: t.filedAt,
            value: `${localDateTime(input.filedAt, input.locale)} — ${input.filedOnTime ? t.filedOnTime : t.filedLate}`,
          },
        ]
      : []),
  ];
  const notice = input.snoozedUntil
    ? format(t.snoozedNotice, { time: quebecClock(input.snoozedUntil, input.locale) })
    : input.state === "overdue"
      ? t.overdueNotice
      : "";
  return renderCard(template, {
    t,
    heading: t[HEADING[input.state]],
    intro: filed ? t.introFiled : t.intro,
    facts,
    hasNotice: notice !== "",
    notice,
    noticeColor: input.state === "overdue" ? "Attention" : "Accent",
    showBlock: !filed,
    block: input.block,
    showActions: !filed,
    canSnooze: input.state === "open" || input.state === "reminder",
    encounterId: input.encounterId,
  });
}

/** The notification text Teams shows for the card (no patient information). */
export function noteObligationSummary(state: NoteCardState, deadline: string, locale: Locale): string {
  const t = pick(NOTE_OBLIGATION_STRINGS, locale);
  return state === "overdue" ? t.summaryOverdue : format(t.summaryOpen, { deadline: dayAndTime(deadline, locale) });
}

export function installHintText(): string {
  return `${NOTE_OBLIGATION_STRINGS.installHint["fr-CA"]}\n\n${NOTE_OBLIGATION_STRINGS.installHint.en}`;
}
