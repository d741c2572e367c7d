/**
 * The consent card (seed 003 §1.1, §1.3): a patient-facing view everyone in the meeting chat sees, and a
 * clinician view (Universal Actions user-specific view) to record, complete or withdraw consent.
 */
import { pick, type Locale } from "../../i18n/locale.js";
import {
  CONSENT_GAP_SECTIONS,
  CONSENT_METHODS,
  COMPANION_PRESENCE,
  IDENTITY_DOCUMENT_KINDS,
  IN_PERSON_OFFER_CHOICES,
  consentEntryOf,
  activeConsent,
  currentConsent,
  type ConsentEntry,
  type ConsentRecord,
} from "../../domain/consent.js";
import { currentConsentStatus, type Encounter } from "../../domain/encounter.js";
import { consentsRecordedCount } from "../../domain/consentHistory.js";
import { entryFromPreferences, type ConsentPreferences } from "../../domain/consentPreferences.js";
import type { RegulationContext } from "../../domain/regulation2024.js";
import { consentInformation, notedConsent, type ConsentInformation } from "../../domain/consentInformation.js";
import type { TeamConfiguration } from "../../domain/teamConfig.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import {
  clinicianViewButtonData,
  conditionsData,
  noticeData,
  teamLineData,
  withRefresh,
  type CardNotice,
  type EncounterTeamView,
} from "../encounter/encounterCardParts.js";
import { quebecTime } from "../../domain/quebecTime.js";
import { CONSENT_CLINICIAN_STRINGS, CONSENT_PATIENT_STRINGS } from "./consent.strings.js";
import {
  COMPANION_LABELS,
  CONSENT_GAP_LABELS,
  CONSENT_METHOD_LABELS,
  IDENTITY_LABELS,
  IN_PERSON_OFFER_LABELS,
} from "../../domain/consentLabels.js";
import sharedTemplate from "./consentShared.json" with { type: "json" };
import clinicianTemplate from "./consentClinician.json" with { type: "json" };
import { format, formatList } from "../../i18n/format.js";
import { citeSource } from "../../domain/citation.js";

export const CONSENT_REFRESH_VERB = "consent.refresh";

export interface ConsentCardInput {
  locale: Locale;
  encounter: Encounter;
  notice?: CardNotice;
}

/** The patient's card also says what the encounter's team offers: its in-person places, its interpreters. */
export interface ConsentSharedCardInput extends ConsentCardInput {
  configuration: Pick<TeamConfiguration, "corridors" | "interpreters" | "checklistProfile">;
}

/** A submission that was not saved: the form shows it as filled, each message under its field. */
export interface ConsentDraft {
  entry: ConsentEntry;
  physicalPresence: "toConfirm" | "notRequired" | "required";
  errors: { method?: string; consentsRecorded?: string };
}

function scopeText(record: ConsentRecord, locale: Locale): string {
  const t = pick(CONSENT_PATIENT_STRINGS, locale);
  const parts = [
    record.scope.session && t.scopeSession,
    record.scope.recording && t.scopeRecording,
    record.scope.informationSharing && t.scopeSharing,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : t.scopeNone;
}

/** The status line in each view's own words: the patient's card speaks to the patient, the clinician's to them. */
function status(
  encounter: Encounter,
  locale: Locale,
  audience: "patient" | "clinician",
): { statusText: string; statusStyle: string } {
  const t = pick(CONSENT_PATIENT_STRINGS, locale);
  const own = audience === "patient" ? t : { ...t, ...pick(CONSENT_CLINICIAN_STRINGS, locale) };
  const record = currentConsent(encounter.consents);
  const state = currentConsentStatus(encounter);
  if (!record) return { statusText: t.statusNone, statusStyle: "default" };
  if (state.kind === "withdrawn")
    return {
      statusText: format(own.statusWithdrawn, { when: quebecTime(state.at, locale) }),
      statusStyle: "attention",
    };
  if (state.kind === "emergencyException")
    return {
      statusText: format(own.statusEmergency, { when: quebecTime(record.recordedAt, locale) }),
      statusStyle: "warning",
    };
  if (state.kind === "refused")
    return {
      statusText: format(own.statusRefused, { when: quebecTime(record.recordedAt, locale) }),
      statusStyle: "attention",
    };
  const who = record.recordedBy === encounter.organizerId ? t.whoOrganizer : t.whoClinician;
  const text = format(state.kind === "valid" ? own.statusRecorded : own.statusRecordedIncomplete, {
    when: quebecTime(record.recordedAt, locale),
    who,
    method: record.method ? CONSENT_METHOD_LABELS[record.method][locale].toLowerCase() : "—",
    scope: scopeText(record, locale),
  });
  return { statusText: text, statusStyle: state.kind === "valid" ? "good" : "warning" };
}

function recordingText(encounter: Encounter, information: ConsentInformation, locale: Locale): string {
  const t = pick(CONSENT_PATIENT_STRINGS, locale);
  const written = information.recordingNeedsWrittenAuthorisation;
  const noted = notedConsent(encounter.consents);
  if (!noted) return written ? t.recordingNotYetWritten : t.recordingNotYet;
  if (!noted.scope.recording) return t.recordingNo;
  return written ? t.recordingYesWritten : t.recordingYes;
}

function informationSharingText(encounter: Encounter, locale: Locale): string {
  const t = pick(CONSENT_PATIENT_STRINGS, locale);
  const noted = notedConsent(encounter.consents);
  if (!noted) return t.informationSharing;
  return noted.scope.informationSharing ? t.informationSharingYes : t.informationSharingNo;
}

/** Where an in-person follow-up would take place (regulation art. 2, 3° a): the team's places, or the clinician says. */
function followUpText(information: ConsentInformation, locale: Locale): string {
  const t = pick(CONSENT_PATIENT_STRINGS, locale);
  if (information.inPersonPlaces.length === 0) return t.followUpToBeTold;
  const places = formatList(
    locale,
    "disjunction",
    information.inPersonPlaces.map((p) => (p.address ? `${p.name} (${p.address})` : p.name)),
  );
  return format(information.morePlaces ? t.followUpAtMore : t.followUpAt, { places });
}

/** What everyone in the meeting chat sees (also the answer to a non-clinician's refresh or action). */
export function buildConsentSharedCard(input: ConsentSharedCardInput): AdaptiveCard {
  const { locale, encounter } = input;
  const information = consentInformation(input.configuration);
  const card = renderCard(sharedTemplate, {
    t: pick(CONSENT_PATIENT_STRINGS, locale),
    ...noticeData(input.notice, locale),
    ...status(encounter, locale, "patient"),
    recordingText: recordingText(encounter, information, locale),
    informationSharingText: informationSharingText(encounter, locale),
    followUpText: followUpText(information, locale),
    hasInterpreter: information.interpreterAvailable,
    ...clinicianViewButtonData(encounter.id, locale),
  });
  return withRefresh(card, CONSENT_REFRESH_VERB, encounter.id, encounter.refreshUserIds);
}

/**
 * The clinician's view says how many consents this encounter saw when there was more than one, and — true to what
 * is stored — that the oldest are in the audit only once they left the encounter (domain/consentHistory.ts).
 * Empty when there is nothing to say.
 */
function historyText(encounter: Encounter, locale: Locale): string {
  const total = consentsRecordedCount(encounter);
  if (total <= 1) return "";
  const c = pick(CONSENT_CLINICIAN_STRINGS, locale);
  const earlier = encounter.consentsInAuditOnly ?? 0;
  const inAudit =
    earlier === 0 ? "" : earlier === 1 ? c.historyInAuditOne : format(c.historyInAudit, { earlier: String(earlier) });
  return [format(c.historyCount, { count: String(total) }), inAudit].filter(Boolean).join(" ");
}

const flag = (v: boolean) => (v ? "true" : "false");
const choices = <K extends string>(keys: readonly K[], labels: Record<K, Record<Locale, string>>, locale: Locale) =>
  keys.map((k) => ({ title: labels[k][locale], value: k }));

export interface ConsentClinicianCardInput extends ConsentCardInput, RegulationContext {
  team: EncounterTeamView;
  draft?: ConsentDraft;
  /** The viewer's usual choices (domain/consentPreferences.ts): a blank form starts from them, said so. */
  usual?: ConsentPreferences | undefined;
}

/**
 * The form's starting entry: the unsaved submission, the current record, or — none yet — the viewer's usual
 * choices, preselected to confirm with the person (nothing is recorded until they click "Consigner").
 */
function startingEntry(input: ConsentClinicianCardInput, active: ConsentRecord | undefined) {
  if (input.draft) return { entry: input.draft.entry, usual: false };
  if (active || !input.usual) return { entry: consentEntryOf(active), usual: false };
  return { entry: entryFromPreferences(input.usual), usual: true };
}

/** The organiser's / clinician's view: status, the four conditions, and the form prefilled with the current record. */
export function buildConsentClinicianCard(input: ConsentClinicianCardInput): AdaptiveCard {
  const { locale, encounter } = input;
  const c = pick(CONSENT_CLINICIAN_STRINGS, locale);
  const record = currentConsent(encounter.consents);
  const state = currentConsentStatus(encounter);
  const gaps = record && state.kind === "missing" ? state.gaps : [];
  const active = activeConsent(encounter.consents);
  const history = historyText(encounter, locale);
  const start = startingEntry(input, active);
  const card = renderCard(clinicianTemplate, {
    c,
    ...noticeData(input.notice, locale),
    ...status(encounter, locale, "clinician"),
    ...conditionsData(encounter, input, locale),
    ...teamLineData(input.team, locale),
    hasHistory: history !== "",
    historyText: history,
    hasGaps: gaps.length > 0,
    gaps: gaps.map((g) => ({
      text: CONSENT_GAP_LABELS[g][locale],
      section: citeSource(CONSENT_GAP_SECTIONS[g], locale),
    })),
    emergency: active?.emergencyException === true,
    encounterId: encounter.id,
    rev: encounter.consentRev,
    canWithdraw: active !== undefined,
    hasMethodError: input.draft?.errors.method !== undefined,
    methodError: input.draft?.errors.method ?? "",
    hasCountError: input.draft?.errors.consentsRecorded !== undefined,
    countError: input.draft?.errors.consentsRecorded ?? "",
    methods: choices(CONSENT_METHODS, CONSENT_METHOD_LABELS, locale),
    identityKinds: choices(IDENTITY_DOCUMENT_KINDS, IDENTITY_LABELS, locale),
    companions: choices(COMPANION_PRESENCE, COMPANION_LABELS, locale),
    inPersonOffers: choices(IN_PERSON_OFFER_CHOICES, IN_PERSON_OFFER_LABELS, locale),
    presenceChoices: [
      { title: c.presenceToConfirm, value: "toConfirm" },
      { title: c.presenceNotRequired, value: "notRequired" },
      { title: c.presenceRequired, value: "required" },
    ],
    usualChoices: start.usual,
    form: formValues(start.entry, input.draft?.physicalPresence ?? presenceOf(encounter)),
  });
  return withRefresh(card, CONSENT_REFRESH_VERB, encounter.id, encounter.refreshUserIds);
}

function presenceOf(encounter: Encounter): ConsentDraft["physicalPresence"] {
  if (encounter.physicalPresenceRequired === undefined) return "toConfirm";
  return encounter.physicalPresenceRequired ? "required" : "notRequired";
}

/** The form's values: the current record's (or the defaults the side panel shares), or the unsaved submission's. */
function formValues(entry: ConsentEntry, physicalPresence: ConsentDraft["physicalPresence"]) {
  return {
    ...entry,
    scopeSession: flag(entry.scopeSession),
    scopeRecording: flag(entry.scopeRecording),
    scopeInformationSharing: flag(entry.scopeInformationSharing),
    limitsExplained: flag(entry.limitsExplained),
    interpreterPresent: flag(entry.interpreterPresent),
    substituteConsent: flag(entry.substituteConsent),
    emergencyException: flag(entry.emergencyException),
    conductRulesCommitment: flag(entry.conductRulesCommitment),
    organisedByEstablishment: flag(entry.organisedByEstablishment),
    physicalPresence,
  };
}
