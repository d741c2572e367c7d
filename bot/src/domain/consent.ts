/**
 * Consent to telehealth (seed 003 §1.1, §1.3.1–§1.3.9, §8.7): what the clinician records, and whether
 * it makes a valid consent. Only *that* things were done and their *kind* are kept: never an identity
 * document number, never a name, never a free-text reason (the emergency reason goes in the patient's record).
 */

/** §1.3.1: verbal or written; an e-mail reply is acceptable when e-signature is not available. */
export const CONSENT_METHODS = ["verbal", "written", "emailReply"] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];

/** §1.3.5: the patient shows the RAMQ card or another ID — we keep the kind, never the number. */
export const IDENTITY_DOCUMENT_KINDS = ["ramqCard", "otherId", "notChecked"] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

/** §1.3.6 (caregivers), §8.7 (support staff): present only with the patient's consent. */
export const COMPANION_PRESENCE = ["none", "presentWithConsent", "presentWithoutConsent"] as const;
export type CompanionPresence = (typeof COMPANION_PRESENCE)[number];

/**
 * §1.3.7, §1.3.8: the person's answer to the in-person alternative. "accepted": they would rather be seen in
 * person — they refuse telehealth, and the meeting takes place in person; "declined": they choose telehealth.
 */
export const IN_PERSON_ANSWERS = ["declined", "accepted"] as const;
export type InPersonAnswer = (typeof IN_PERSON_ANSWERS)[number];

/** The clinician's one choice on the card: not offered, or offered and the person's answer. */
export const IN_PERSON_OFFER_CHOICES = ["notOffered", ...IN_PERSON_ANSWERS] as const;
export type InPersonOfferChoice = (typeof IN_PERSON_OFFER_CHOICES)[number];

export function inPersonOfferFields(
  choice: InPersonOfferChoice,
): Pick<ConsentRecord, "inPersonOffered" | "inPersonAnswer"> {
  return choice === "notOffered" ? { inPersonOffered: false } : { inPersonOffered: true, inPersonAnswer: choice };
}

/** The record's choice; undefined for an offer recorded before the answer was asked (the clinician chooses again). */
export function inPersonOfferChoice(record: ConsentRecord): InPersonOfferChoice | undefined {
  if (!record.inPersonOffered) return "notOffered";
  return record.inPersonAnswer;
}

/** §1.1: the scope of the consent must be stated. */
export interface ConsentScope {
  session: boolean;
  recording: boolean;
  informationSharing: boolean;
}

/** §1.1: group activities need every patient's consent and their commitment to the conduct rules. */
export interface GroupConsent {
  participants: number;
  consentsRecorded: number;
  conductRulesCommitment: boolean;
  /**
   * Regulation S-4.2, r. 23.1, art. 1, last paragraph: an activity organised by an establishment (a group session
   * the team runs) needs conditions 1–3 only. Absent: not said (records made before the question existed).
   */
  organisedByEstablishment?: boolean;
}

export interface ConsentRecord {
  /** Null only with the emergency-transfer exception (§1.3.3). */
  method: ConsentMethod | null;
  scope: ConsentScope;
  identityDocumentKind: IdentityDocumentKind;
  limitsExplained: boolean;
  inPersonOffered: boolean;
  /** The person's answer once in person was offered; absent: not offered, or recorded before the answer was asked. */
  inPersonAnswer?: InPersonAnswer;
  caregivers: CompanionPresence;
  supportStaff: CompanionPresence;
  /** §1.3.9: an interpreter took part. Absent: not said (records made before the question existed). */
  interpreterPresent?: boolean;
  /** §1.3.2: inapt patient, consent given by the substitute decision-maker. */
  substituteConsent: boolean;
  /** §1.3.3: urgent inter-facility transfer, consent impossible; the reason goes in the patient's record. */
  emergencyException: boolean;
  /** Present for a group session (more than one patient). */
  group?: GroupConsent;
  /** Entra object id of the clinician who recorded it. */
  recordedBy: string;
  recordedAt: string;
  withdrawnAt?: string;
  withdrawnBy?: string;
}

export const CONSENT_GAPS = [
  "method",
  "scopeSession",
  "limitsExplained",
  "identity",
  "inPersonOffered",
  "caregiversConsent",
  "supportStaffConsent",
  "groupConsents",
  "conductRules",
] as const;
export type ConsentGap = (typeof CONSENT_GAPS)[number];

export type ConsentStatus =
  | { kind: "valid" }
  | { kind: "missing"; gaps: ConsentGap[] }
  | { kind: "withdrawn"; at: string }
  | { kind: "emergencyException" }
  /** §1.3.7: offered in person, the person would rather be seen in person — they refuse telehealth. */
  | { kind: "refused" };

/** Each gap and the section that requires it. */
export const CONSENT_GAP_SECTIONS: Record<ConsentGap, string> = {
  method: "003 §1.3.1",
  scopeSession: "003 §1.1",
  limitsExplained: "003 §1.3.1",
  identity: "003 §1.3.5",
  inPersonOffered: "003 §1.3.7, §1.3.8",
  caregiversConsent: "003 §1.3.6",
  supportStaffConsent: "003 §8.7",
  groupConsents: "003 §1.1",
  conductRules: "003 §1.1",
};

export function consentGaps(record: ConsentRecord): ConsentGap[] {
  const gaps: ConsentGap[] = [];
  if (record.method === null) gaps.push("method");
  if (!record.scope.session) gaps.push("scopeSession");
  if (!record.limitsExplained) gaps.push("limitsExplained");
  if (record.identityDocumentKind === "notChecked") gaps.push("identity");
  if (!record.inPersonOffered) gaps.push("inPersonOffered");
  if (record.caregivers === "presentWithoutConsent") gaps.push("caregiversConsent");
  if (record.supportStaff === "presentWithoutConsent") gaps.push("supportStaffConsent");
  if (record.group && record.group.participants > 1) {
    if (record.group.consentsRecorded < record.group.participants) gaps.push("groupConsents");
    if (!record.group.conductRulesCommitment) gaps.push("conductRules");
  }
  return gaps;
}

/**
 * What the clinician ticked on a consent form — the card's or the side panel's, the same fields and the same
 * defaults (`consentEntryOf`): "" when no method was chosen, one patient unless it is a group (§1.1).
 */
export type ConsentEntry = Pick<
  ConsentRecord,
  | "identityDocumentKind"
  | "limitsExplained"
  | "caregivers"
  | "supportStaff"
  | "substituteConsent"
  | "emergencyException"
> &
  GroupConsent & {
    method: ConsentMethod | "";
    scopeSession: boolean;
    scopeRecording: boolean;
    scopeInformationSharing: boolean;
    /** §1.3.7, §1.3.8: not offered, or offered and the person's answer; "": not chosen yet. */
    inPersonOffer: InPersonOfferChoice | "";
    /** The tick of the cards posted before the answer was asked (they stay in meeting chats), read when nothing is chosen. */
    inPersonOffered?: boolean;
    /** §1.3.9 */
    interpreterPresent: boolean;
    /** Regulation S-4.2, r. 23.1, art. 1: a group activity organised by the establishment (kept with the group). */
    organisedByEstablishment: boolean;
  };

/**
 * A form's starting values: the current consent's, or — nothing recorded yet — this session in scope (§1.1) and
 * every other box left for the clinician to tick, since only what was done is recorded.
 */
export function consentEntryOf(current: ConsentRecord | undefined): ConsentEntry {
  return {
    method: current?.method ?? "",
    scopeSession: current?.scope.session ?? true,
    scopeRecording: current?.scope.recording ?? false,
    scopeInformationSharing: current?.scope.informationSharing ?? false,
    identityDocumentKind: current?.identityDocumentKind ?? "notChecked",
    limitsExplained: current?.limitsExplained ?? false,
    // Nothing chosen yet (or an offer recorded before the answer was asked): the clinician chooses.
    inPersonOffer: (current && inPersonOfferChoice(current)) ?? "",
    caregivers: current?.caregivers ?? "none",
    supportStaff: current?.supportStaff ?? "none",
    interpreterPresent: current?.interpreterPresent ?? false,
    substituteConsent: current?.substituteConsent ?? false,
    emergencyException: current?.emergencyException ?? false,
    participants: current?.group?.participants ?? 1,
    consentsRecorded: current?.group?.consentsRecorded ?? 1,
    conductRulesCommitment: current?.group?.conductRulesCommitment ?? false,
    organisedByEstablishment: current?.group?.organisedByEstablishment ?? false,
  };
}

/** The entry as a record by `recordedBy` at `recordedAt` (method null: not chosen, or the §1.3.3 exception). */
export function consentRecordFrom(entry: ConsentEntry, recordedBy: string, recordedAt: string): ConsentRecord {
  return {
    method: entry.emergencyException ? null : entry.method || null,
    scope: {
      session: entry.scopeSession,
      recording: entry.scopeRecording,
      informationSharing: entry.scopeInformationSharing,
    },
    identityDocumentKind: entry.identityDocumentKind,
    limitsExplained: entry.limitsExplained,
    ...(entry.inPersonOffer === ""
      ? { inPersonOffered: entry.inPersonOffered ?? false }
      : inPersonOfferFields(entry.inPersonOffer)),
    caregivers: entry.caregivers,
    supportStaff: entry.supportStaff,
    interpreterPresent: entry.interpreterPresent,
    substituteConsent: entry.substituteConsent,
    emergencyException: entry.emergencyException,
    ...(entry.participants > 1
      ? {
          group: {
            participants: entry.participants,
            consentsRecorded: entry.consentsRecorded,
            conductRulesCommitment: entry.conductRulesCommitment,
            organisedByEstablishment: entry.organisedByEstablishment,
          },
        }
      : {}),
    recordedBy,
    recordedAt,
  };
}

/** What stops a consent entry from being recorded at all (as opposed to gaps, which are recorded and shown). */
export interface ConsentEntryProblems {
  /** 003 §1.3.1: how consent was given, unless the §1.3.3 emergency exception applies. */
  method?: true;
  /** 003 §1.1: a group cannot have more consents than patients. */
  consentsRecorded?: true;
}

/**
 * A refusal (§1.3.7) is recorded as the person's answer, without a method: there is no consent to give a method to.
 * `refused`, or an entry's in-person choice "accepted", says it.
 */
export function consentEntryProblems(entry: {
  method: ConsentMethod | "";
  emergencyException: boolean;
  refused?: boolean;
  inPersonOffer?: InPersonOfferChoice | "";
  participants: number;
  consentsRecorded: number;
}): ConsentEntryProblems {
  const refused = entry.refused === true || entry.inPersonOffer === "accepted";
  return {
    ...(!entry.emergencyException && !refused && entry.method === "" ? { method: true as const } : {}),
    ...(entry.consentsRecorded > entry.participants ? { consentsRecorded: true as const } : {}),
  };
}

/** The status of the current consent (the last one recorded), or "missing" when none was recorded. */
export function consentStatus(record: ConsentRecord | undefined): ConsentStatus {
  if (!record) return { kind: "missing", gaps: ["method"] };
  if (record.withdrawnAt) return { kind: "withdrawn", at: record.withdrawnAt };
  if (record.emergencyException) return { kind: "emergencyException" };
  if (refusedTelehealth(record)) return { kind: "refused" };
  const gaps = consentGaps(record);
  return gaps.length === 0 ? { kind: "valid" } : { kind: "missing", gaps };
}

/** §1.3.7: offered in person, the person chose it: they refuse telehealth. */
export function refusedTelehealth(record: ConsentRecord): boolean {
  return record.inPersonOffered && record.inPersonAnswer === "accepted";
}

/** The kind of consent: its method, the emergency exception, or the person's refusal (§1.3.7). */
export type ConsentKind = ConsentMethod | "emergencyException" | "refused";

export function consentKind(record: ConsentRecord): ConsentKind | undefined {
  if (record.emergencyException) return "emergencyException";
  return refusedTelehealth(record) ? "refused" : (record.method ?? undefined);
}

export function currentConsent(consents: readonly ConsentRecord[]): ConsentRecord | undefined {
  return consents[consents.length - 1];
}

/** The consent in force: the current one, unless it was withdrawn (§1.3.2). */
export function activeConsent(consents: readonly ConsentRecord[]): ConsentRecord | undefined {
  const record = currentConsent(consents);
  return record && !record.withdrawnAt ? record : undefined;
}

/** §1.3.2: revocable at any time. Withdrawing an already withdrawn consent changes nothing. */
export function withdrawConsent(record: ConsentRecord, by: string, at: string): ConsentRecord {
  if (record.withdrawnAt) return record;
  return { ...record, withdrawnAt: at, withdrawnBy: by };
}

/** Patients seen in this encounter: the group's count, or one. */
export function patientCount(record: ConsentRecord | undefined): number | undefined {
  if (!record) return undefined;
  return record.group ? record.group.participants : 1;
}
