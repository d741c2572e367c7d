/**
 * The activity view as CSV (fr-CA or en headers and labels). One line per encounter: staff by name, kinds,
 * counts, times in Québec time (as the view shows them) — the same facts as the view, nothing about the patient.
 * Cells are quoted and formula-neutralised. The French file is separated by semicolons: a spreadsheet set to
 * French (Canada), where the comma is the decimal mark, splits columns on « ; » and would read a comma-separated
 * file as one column.
 */
import type { ActivityRow } from "./activityStats.js";
import { LEARNER_ROLE_LABELS } from "./learners.js";
import { participationMidSentence, SUPERVISION_FLAG_LABELS } from "./supervision.js";
import type { Locale, Localized } from "../i18n/locale.js";
import { displayName, type PeopleNames } from "./people.js";
import { citeSource } from "./citation.js";
import { quebecSheetTime } from "./quebecTime.js";

const COLUMNS = {
  date: { "fr-CA": "Date", en: "Date" },
  startedAt: { "fr-CA": "Début (heure du Québec)", en: "Start (Québec time)" },
  modality: { "fr-CA": "Modalité", en: "Modality" },
  duration: { "fr-CA": "Durée (min)", en: "Duration (min)" },
  consent: { "fr-CA": "Consentement consigné", en: "Consent recorded" },
  consentKind: { "fr-CA": "Type de consentement", en: "Consent kind" },
  consentComplete: { "fr-CA": "Consentement complet (§1.1–1.3)", en: "Consent complete (§1.1–1.3)" },
  consentWithdrawn: { "fr-CA": "Consentement retiré", en: "Consent withdrawn" },
  plan: { "fr-CA": "Plan de contingence convenu", en: "Contingency plan agreed" },
  incidents: { "fr-CA": "Incidents", en: "Incidents" },
  note: { "fr-CA": "Note (24 h)", en: "Note (24 h)" },
  noteFiledAt: { "fr-CA": "Note déposée le (heure du Québec)", en: "Note filed at (Québec time)" },
  followUp: { "fr-CA": "Suivi en présentiel dû le", en: "In-person follow-up due" },
  followUpPastDue: { "fr-CA": "Suivi en retard", en: "Follow-up past due" },
  followUpOffered: { "fr-CA": "Suivi consigné comme offert le", en: "Follow-up recorded as offered on" },
  clinician: { "fr-CA": "Clinicien ou clinicienne", en: "Clinician" },
  learners: { "fr-CA": "Apprenants", en: "Learners" },
  flags: { "fr-CA": "Signalements", en: "Flags" },
} satisfies Record<string, Localized>;

export const ACTIVITY_VALUE_LABELS: Record<string, Localized> = {
  video: { "fr-CA": "vidéo", en: "video" },
  phone: { "fr-CA": "téléphone", en: "phone" },
  verbal: { "fr-CA": "verbal", en: "verbal" },
  written: { "fr-CA": "écrit", en: "written" },
  emailReply: { "fr-CA": "réponse courriel", en: "e-mail reply" },
  emergencyException: { "fr-CA": "exception d'urgence", en: "emergency exception" },
  refused: { "fr-CA": "télésanté refusée", en: "telehealth refused" },
  onTime: { "fr-CA": "déposée à temps", en: "filed on time" },
  late: { "fr-CA": "déposée en retard", en: "filed late" },
  open: { "fr-CA": "à déposer", en: "open" },
  overdue: { "fr-CA": "non déposée, en retard", en: "not filed, overdue" },
  yes: { "fr-CA": "oui", en: "yes" },
  no: { "fr-CA": "non", en: "no" },
};

const SEPARATOR: Record<Locale, string> = { "fr-CA": ";", en: "," };

/** The download's name, in the file's language. */
export function csvFileName(from: string, to: string, locale: Locale): string {
  return `${locale === "en" ? "balises-activity" : "balises-activite"}-${from}-${to}.csv`;
}

export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  // A cell starting with = + - @ would run as a formula in a spreadsheet.
  if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(locale: Locale): string {
  return (
    Object.values(COLUMNS)
      .map((label) => csvCell(label[locale]))
      .join(SEPARATOR[locale]) + "\r\n"
  );
}

export function csvLine(row: ActivityRow, locale: Locale, people: PeopleNames): string {
  const t = (key: string | undefined) => (key ? (ACTIVITY_VALUE_LABELS[key]?.[locale] ?? key) : undefined);
  const yn = (b: boolean) => t(b ? "yes" : "no");
  const cells = [
    row.date,
    quebecSheetTime(row.startedAt),
    t(row.modality),
    row.durationMinutes,
    yn(row.consent.recorded),
    t(row.consent.kind),
    row.consent.recorded ? yn(row.consent.complete) : undefined,
    row.consent.recorded ? yn(row.consent.status === "withdrawn") : undefined,
    yn(row.planAgreed),
    row.incidentsCount,
    t(row.note.state),
    row.note.filedAt && quebecSheetTime(row.note.filedAt),
    row.followUp?.dueDate,
    row.followUp ? yn(row.followUp.pastDue) : undefined,
    row.followUp?.offeredOn,
    row.clinicianId ? displayName(people, row.clinicianId, locale) : undefined,
    row.learners
      .map(
        (l) =>
          // Mid-sentence after the comma, as the activity table writes it: « (Résident ou résidente, a mené) ».
          `${displayName(people, l.learnerId, locale)} (${LEARNER_ROLE_LABELS[l.role][locale]}, ${participationMidSentence(l.participation, locale)})`,
      )
      .join("; ") || undefined,
    row.flags
      .map((f) => `${SUPERVISION_FLAG_LABELS[f][locale]} [${citeSource(SUPERVISION_FLAG_LABELS[f].source, locale)}]`)
      .join("; ") || undefined,
  ];
  return cells.map(csvCell).join(SEPARATOR[locale]) + "\r\n";
}
