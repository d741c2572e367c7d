/**
 * The ready-to-copy progress-note block (AH-253 "Notes d'évolution" style, seed 003 §8.8) the clinician
 * pastes into the patient's record. Built only from what Balises recorded — kinds, counts, yes/no, times —
 * so it contains no patient identifier; the clinical content stays a placeholder the clinician fills in.
 */
import type { Locale } from "../i18n/locale.js";
import type { ConsentGap, ConsentMethod, ConsentScope } from "./consent.js";
import { CONSENT_GAP_LABELS } from "./consentLabels.js";
import type { InPersonFollowUp } from "./followUp.js";
import { quebecClock, quebecDate } from "./quebecTime.js";
import { format, formatList } from "../i18n/format.js";
import { counted, MONTHS, type NounForms } from "../i18n/plural.js";
import { regionLabel, type RegionCode } from "./quebecRegions.js";
import { peopleLines, type NotePeopleFacts } from "./noteBlockPeople.js";
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

const T = {
  title: { "fr-CA": "NOTE D'ÉVOLUTION — TÉLÉSANTÉ (AH-253)", en: "PROGRESS NOTE — TELEHEALTH (AH-253)" },
  date: { "fr-CA": "Date", en: "Date" },
  timeRange: {
    "fr-CA": "{date}, de {start} à {end} (heure de Montréal), durée {minutes} min",
    en: "{date}, {start} to {end} (Montréal time), {minutes} min",
  },
  modality: { "fr-CA": "Modalité", en: "Modality" },
  video: {
    "fr-CA": "téléconsultation par visioconférence (Microsoft Teams)",
    en: "telehealth by videoconference (Microsoft Teams)",
  },
  phone: { "fr-CA": "téléconsultation par téléphone", en: "telehealth by phone" },
  switched: {
    "fr-CA": "visioconférence, puis téléphone à partir de {time} (plan de contingence)",
    en: "videoconference, then phone from {time} (contingency plan)",
  },
  consent: { "fr-CA": "Consentement à la télésanté", en: "Consent to telehealth" },
  verbal: { "fr-CA": "verbal", en: "verbal" },
  written: { "fr-CA": "écrit", en: "written" },
  emailReply: { "fr-CA": "par réponse courriel", en: "by e-mail reply" },
  obtained: { "fr-CA": "{method}, obtenu et documenté", en: "{method}, obtained and documented" },
  noted: { "fr-CA": "{method}, consigné dans Balises", en: "{method}, recorded in Balises" },
  gaps: {
    "fr-CA": "; non consigné dans Balises : {gaps} — à préciser",
    en: "; not recorded in Balises: {gaps} — to be completed",
  },
  gapsUnknown: {
    "fr-CA": "; des éléments n'ont pas été consignés dans Balises — à préciser",
    en: "; some items were not recorded in Balises — to be completed",
  },
  substitute: {
    "fr-CA": "; donné par la personne autorisée à consentir (patient inapte)",
    en: "; given by the person authorised to consent (patient unable)",
  },
  scope: { "fr-CA": "; portée : {items}", en: "; scope: {items}" },
  scopeSession: { "fr-CA": "séance en cours", en: "this session" },
  scopeRecording: { "fr-CA": "enregistrement", en: "recording" },
  scopeSharing: { "fr-CA": "partage d'information", en: "information sharing" },
  emergency: {
    "fr-CA": "impossible à obtenir (transfert urgent); la raison est à consigner au dossier",
    en: "impossible to obtain (urgent transfer); record the reason in the chart",
  },
  withdrawn: { "fr-CA": "retiré à {time}", en: "withdrawn at {time}" },
  withdrawnInPersonOffered: {
    "fr-CA": "; un rendez-vous en personne avait été offert",
    en: "; an in-person appointment had been offered",
  },
  refused: {
    "fr-CA": "refusé par la personne ({source}); rendez-vous en personne à planifier",
    en: "refused by the person ({source}); in-person appointment to be scheduled",
  },
  notRecorded: {
    "fr-CA": "non documenté dans Balises — à préciser",
    en: "not documented in Balises — to be completed",
  },
  location: { "fr-CA": "Lieu de la personne pendant la séance", en: "Person's location during the session" },
  locationRecorded: {
    "fr-CA": "région {region}; endroit propice à la confidentialité : {confidential}",
    en: "region {region}; place suitable for confidentiality: {confidential}",
  },
  locationNotRecorded: {
    "fr-CA": "non consigné dans Balises — à préciser",
    en: "not recorded in Balises — to be completed",
  },
  yes: { "fr-CA": "oui", en: "yes" },
  no: { "fr-CA": "non", en: "no" },
  contingency: { "fr-CA": "Plan de contingence", en: "Contingency plan" },
  planAgreed: { "fr-CA": "convenu", en: "agreed" },
  planAgreedBefore: { "fr-CA": "convenu avant la séance", en: "agreed before the session" },
  planAgreedDuring: { "fr-CA": "convenu pendant la séance, à {time}", en: "agreed during the session, at {time}" },
  planMissing: { "fr-CA": "non documenté", en: "not documented" },
  noIncident: { "fr-CA": "aucun incident technologique", en: "no technology incident" },
  incidents: { "fr-CA": "incidents : {list}", en: "incidents: {list}" },
  phoneFallback: { "fr-CA": "recours au téléphone à {time}", en: "switched to phone at {time}" },
  emergencyContact: {
    "fr-CA": "Contact d'urgence autorisé par la personne",
    en: "Emergency contact authorised by the person",
  },
  contactConfirmed: { "fr-CA": "confirmé au plan", en: "confirmed in the plan" },
  contactNotConfirmed: { "fr-CA": "non confirmé au plan", en: "not confirmed in the plan" },
  crisis: { "fr-CA": "Situation de crise", en: "Crisis" },
  crisisRecorded: {
    "fr-CA": "consignée à {times}; interventions : [à compléter]",
    en: "recorded at {times}; interventions: [to be completed]",
  },
  followUp: { "fr-CA": "Suivi prévu", en: "Follow-up planned" },
  toComplete: { "fr-CA": "[à compléter]", en: "[to be completed]" },
  inPerson: { "fr-CA": "Suivi en présentiel", en: "In-person follow-up" },
  inPersonDue: {
    "fr-CA": "à offrir au plus tard le {date} (nouveau patient vu en visio : {months}, MSSS §2.3)",
    en: "to be offered by {date} (new patient seen by video: {months}, MSSS §2.3)",
  },
  inPersonOffered: {
    "fr-CA":
      "offert, consigné le {offered} (à offrir au plus tard le {date} : nouveau patient vu en visio, {months}, MSSS §2.3)",
    en: "offered, recorded on {offered} (to be offered by {date}: new patient seen by video, {months}, MSSS §2.3)",
  },
  clinical: { "fr-CA": "Évaluation, interventions et plan", en: "Assessment, interventions and plan" },
} satisfies Record<string, Record<Locale, string>>;

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

/** The block, one line per item, in the clinician's language. */
export function progressNoteBlock(facts: ProgressNoteFacts, locale: Locale): string {
  const minutes = Math.max(0, Math.round((Date.parse(facts.endedAt) - Date.parse(facts.startedAt)) / 60_000));
  const modality = facts.switchedToPhoneAt
    ? format(T.switched[locale], { time: quebecClock(facts.switchedToPhoneAt, locale) })
    : T[facts.modality][locale];
  const lines = [
    T.title[locale],
    `${T.date[locale]} : ${format(T.timeRange[locale], { date: quebecDate(facts.startedAt), start: quebecClock(facts.startedAt, locale), end: quebecClock(facts.endedAt, locale), minutes })}`,
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

/** 003 §2.3: when the follow-up is due, and that it was offered when the clinician said so before the block. */
function inPersonLine(f: InPersonFollowUp, locale: Locale): string {
  const values = { date: f.dueDate, months: counted(f.withinMonths, MONTHS, locale) };
  return f.offeredOn
    ? format(T.inPersonOffered[locale], { ...values, offered: f.offeredOn })
    : format(T.inPersonDue[locale], values);
}
