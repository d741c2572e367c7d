/**
 * The ready-to-copy progress-note block (AH-253 "Notes d'évolution" style, seed 003 §8.8) the clinician
 * pastes into the patient's record. Built only from what Balises recorded — kinds, counts, yes/no, times —
 * so it contains no patient identifier; the clinical content stays a placeholder the clinician fills in.
 */
import type { Locale } from "../i18n/locale.js";
import type { ConsentGap, ConsentMethod, ConsentScope } from "./consent.js";
import { CONSENT_GAP_LABELS } from "./consentLabels.js";
import type { InPersonFollowUp } from "./followUp.js";
import type { ClosedBy } from "./encounter.js";
import { quebecClock, quebecDate } from "./quebecTime.js";
import { format, formatList } from "../i18n/format.js";
import { counted, MONTHS, type NounForms } from "../i18n/plural.js";
import { regionLabel, type RegionCode } from "./quebecRegions.js";
import { peopleLines, type NotePeopleFacts } from "./noteBlockPeople.js";
import { NOTE_BLOCK_WORDS as T } from "./noteBlockWords.js";
import { citeSource } from "./citation.js";

export type NoteConsentFacts =
  | {
      kind: "recorded";
      method: ConsentMethod;
      scope: ConsentScope;
      substitute: boolean;
      complete: boolean;
      /** What the consent did not record (absent from blocks built before it was kept). */
      gaps?: ConsentGap[];
    }
  | { kind: "emergencyException" }
  /** `inPersonOffered`: the withdrawn consent recorded that in-person care was offered (§1.3.7). */
  | { kind: "withdrawn"; at: string; inPersonOffered?: boolean }
  /** §1.3.7: offered in person, the person chose it. */
  | { kind: "refused" }
  | { kind: "notRecorded" };

export interface ProgressNoteFacts extends NotePeopleFacts {
  startedAt: string;
  /** `startedAt` is when a command opened the encounter: Teams' own start never reached Balises (domain/encounter.ts). */
  startedAtFirstUse?: true;
  endedAt: string;
  modality: "video" | "phone";
  /** When the encounter switched from video to phone (§3 fallback). */
  switchedToPhoneAt?: string;
  consent: NoteConsentFacts;
  planAgreed: boolean;
  /** When the agreed plan was recorded (facts recorded before this field existed have none). */
  planAgreedAt?: string;
  connectionLostCount: number;
  /** Where the patient was for the visit, as the clinician confirmed it (absent: never confirmed in Balises). */
  location?: { regionCode: RegionCode; confidential: boolean };
  /** The recorded plan's answer on an emergency contact the person authorised (absent: no plan recorded). */
  emergencyContactConfirmed?: boolean;
  /** When a crisis was recorded during the encounter (absent: none). */
  crisesAt?: string[];
  /** In-person follow-up required by the §2.3 rule (new patient seen by video), when known. */
  inPersonFollowUp?: InPersonFollowUp;
}

const CONNECTION_LOSSES: NounForms = {
  "fr-CA": { one: "perte de connexion", other: "pertes de connexion" },
  en: { one: "connection loss", other: "connection losses" },
};

/**
 * A consent noted with gaps is not said to be obtained: the chart names what Balises did not record, since the
 * chart outlives Balises' own records (purged after the retention period).
 */
function gapsText(gaps: ConsentGap[] | undefined, locale: Locale): string {
  if (!gaps || gaps.length === 0) return T.gapsUnknown[locale];
  const list = formatList(
    locale,
    "conjunction",
    gaps.map((g) => CONSENT_GAP_LABELS[g][locale]),
  );
  return format(T.gaps[locale], { gaps: list });
}

function consentLine(c: NoteConsentFacts, locale: Locale): string {
  switch (c.kind) {
    case "emergencyException":
      return T.emergency[locale];
    case "withdrawn":
      // §1.3.7: the in-person alternative is stated only when the consent recorded that it was offered.
      return (
        format(T.withdrawn[locale], { time: quebecClock(c.at, locale) }) +
        (c.inPersonOffered ? T.withdrawnInPersonOffered[locale] : "")
      );
    case "refused":
      return format(T.refused[locale], { source: citeSource("003 §1.3.7", locale) });
    case "notRecorded":
      return T.notRecorded[locale];
    case "recorded": {
      const items = [
        c.scope.session ? T.scopeSession[locale] : undefined,
        c.scope.recording ? T.scopeRecording[locale] : undefined,
        c.scope.informationSharing ? T.scopeSharing[locale] : undefined,
      ].filter((x): x is string => x !== undefined);
      return (
        format(T[c.complete ? "obtained" : "noted"][locale], { method: T[c.method][locale] }) +
        (c.substitute ? T.substitute[locale] : "") +
        (items.length > 0 ? format(T.scope[locale], { items: items.join(", ") }) : "") +
        (c.complete ? "" : gapsText(c.gaps, locale))
      );
    }
  }
}

/** 003 §3: when the plan was agreed, as recorded — "before the session" only when it was recorded before it began. */
function planLine(facts: ProgressNoteFacts, locale: Locale): string {
  if (!facts.planAgreed) return T.planMissing[locale];
  if (!facts.planAgreedAt) return T.planAgreed[locale];
  if (facts.planAgreedAt <= facts.startedAt) return T.planAgreedBefore[locale];
  return format(T.planAgreedDuring[locale], { time: quebecClock(facts.planAgreedAt, locale) });
}

/** 004, 001: the region of the visit and the confidentiality of the place, as the clinician confirmed them. */
function locationLine(facts: ProgressNoteFacts, locale: Locale): string {
  const where = facts.location;
  if (!where) return T.locationNotRecorded[locale];
  return format(T.locationRecorded[locale], {
    region: regionLabel(where.regionCode),
    confidential: where.confidential ? T.yes[locale] : T.no[locale],
  });
}

/** 003 §3: the connection losses and the phone fallback, as recorded. */
function incidentsText(facts: ProgressNoteFacts, locale: Locale): string {
  const list = [
    ...(facts.connectionLostCount > 0 ? [counted(facts.connectionLostCount, CONNECTION_LOSSES, locale)] : []),
    ...(facts.switchedToPhoneAt
      ? [format(T.phoneFallback[locale], { time: quebecClock(facts.switchedToPhoneAt, locale) })]
      : []),
  ];
  return list.length === 0 ? T.noIncident[locale] : format(T.incidents[locale], { list: list.join(", ") });
}

/** Lines that exist only for what was recorded: the plan's emergency contact answer (001), crises (001, 004). */
function recordedOnlyLines(facts: ProgressNoteFacts, locale: Locale): string[] {
  const contact = facts.emergencyContactConfirmed;
  const crises = facts.crisesAt ?? [];
  return [
    ...(contact === undefined
      ? []
      : [`${T.emergencyContact[locale]} : ${contact ? T.contactConfirmed[locale] : T.contactNotConfirmed[locale]}`]),
    ...(crises.length === 0
      ? []
      : [
          `${T.crisis[locale]} : ${format(T.crisisRecorded[locale], { times: crises.map((at) => quebecClock(at, locale)).join(", ") })}`,
        ]),
  ];
}

/**
 * The block, one line per item, in the clinician's language. `closedBy` is what closed the encounter: "scheduler"
 * when Balises received no end and closed it at the meeting's scheduled end (encounters/autoClose.ts), which the
 * block then gives as such, without a duration.
 */
export function progressNoteBlock(facts: ProgressNoteFacts, locale: Locale, closedBy?: ClosedBy): string {
  const minutes = Math.max(0, Math.round((Date.parse(facts.endedAt) - Date.parse(facts.startedAt)) / 60_000));
  const modality = facts.switchedToPhoneAt
    ? format(T.switched[locale], { time: quebecClock(facts.switchedToPhoneAt, locale) })
    : T[facts.modality][locale];
  const times = {
    date: quebecDate(facts.startedAt),
    start: quebecClock(facts.startedAt, locale),
    end: quebecClock(facts.endedAt, locale),
    minutes,
  };
  const lines = [
    T.title[locale],
    `${T.date[locale]} : ${format(timeRangeWords(facts.startedAtFirstUse === true, closedBy === "scheduler")[locale], times)}`,
    `${T.modality[locale]} : ${modality}`,
    `${T.consent[locale]} : ${consentLine(facts.consent, locale)}`,
    ...peopleLines(facts, locale),
    `${T.location[locale]} : ${locationLine(facts, locale)}`,
    `${T.contingency[locale]} : ${planLine(facts, locale)}; ${incidentsText(facts, locale)}`,
    ...recordedOnlyLines(facts, locale),
    `${T.followUp[locale]} : ${T.toComplete[locale]}`,
    ...(facts.inPersonFollowUp ? [`${T.inPerson[locale]} : ${inPersonLine(facts.inPersonFollowUp, locale)}`] : []),
    `${T.clinical[locale]} : ${T.toComplete[locale]}`,
  ];
  // English typography has no space before the colon.
  return (locale === "en" ? lines.map((l) => l.replace(" : ", ": ")) : lines).join("\n");
}

/** The visit's times as Balises received them: a start or an end it did not receive is said as such, with no duration. */
function timeRangeWords(firstUse: boolean, scheduledEnd: boolean) {
  if (firstUse) return scheduledEnd ? T.timeRangeFirstUseScheduledEnd : T.timeRangeFirstUse;
  return scheduledEnd ? T.timeRangeScheduledEnd : T.timeRange;
}

/** 003 §2.3: when the follow-up is due, and that it was offered when the clinician said so before the block. */
function inPersonLine(f: InPersonFollowUp, locale: Locale): string {
  const values = { date: f.dueDate, months: counted(f.withinMonths, MONTHS, locale) };
  return f.offeredOn
    ? format(T.inPersonOffered[locale], { ...values, offered: f.offeredOn })
    : format(T.inPersonDue[locale], values);
}
