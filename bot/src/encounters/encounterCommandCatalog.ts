/**
 * The commands a clinician gives on an encounter from the consent and contingency cards or from the side panel
 * (encounterCommands.ts runs them): each names the domain change, the revision it is checked against and the
 * meeting chat's card that shows it. Entries are checked by each door before (a consent needs its method, a
 * location its region: domain/consent.ts, domain/patientLocation.ts).
 */
import { consentRecordFrom, type ConsentEntry } from "../domain/consent.js";
import { preferencesFrom } from "../domain/consentPreferences.js";
import type { ContingencyPlan } from "../domain/contingency.js";
import {
  recordConsent,
  recordLocation,
  recordPlan,
  reportConnectionLost,
  reportCrisis,
  setPhysicalPresenceRequired,
  switchToPhone,
  withdrawCurrentConsent,
} from "../domain/encounter.js";
import type { PatientLocation } from "../domain/patientLocation.js";
import { answerPhysicalPresence } from "../domain/regulation2024.js";
import type { EncounterCommand } from "./encounterCommands.js";

/**
 * 003 §1.1, §1.3: the consent as ticked; with `physicalPresence`, the regulation's condition 2 answered with it.
 * The clinician's usual choices it shows are remembered for their next form, from a card or the side panel alike.
 */
export function recordConsentCommand(entry: ConsentEntry, physicalPresence?: boolean): EncounterCommand {
  return {
    name: "consent.record",
    revision: "consentRev",
    cards: ["consent"],
    audited: true,
    remember: preferencesFrom(entry),
    change: (e, by, at) =>
      recordConsent(
        physicalPresence === undefined ? e : setPhysicalPresenceRequired(e, physicalPresence),
        consentRecordFrom(entry, by, at),
      ),
  };
}

/** 003 §1.3.2: the patient withdraws consent. */
export const withdrawConsentCommand: EncounterCommand = {
  name: "consent.withdraw",
  revision: "consentRev",
  cards: ["consent"],
  audited: true,
  change: withdrawCurrentConsent,
};

/** Regulation, condition 2 (003 §5): the service needs both to be present (an exam), or not — from the side panel. */
export function physicalPresenceCommand(required: boolean): EncounterCommand {
  return {
    name: "consent.physicalPresence",
    revision: "consentRev",
    cards: ["consent"],
    change: (e) => answerPhysicalPresence(e, required),
  };
}

/** What the clinician confirms of the plan (003 §3): yes/no facts; the callback delay is the team's. */
export type PlanFacts = Pick<
  ContingencyPlan,
  "phoneVerified" | "emailVerified" | "emergencyContactConfirmed" | "agreedWithPatient"
>;

export function recordPlanCommand(facts: PlanFacts, callbackDelayMinutes: number): EncounterCommand {
  return {
    name: "contingency.record",
    revision: "planRev",
    cards: ["contingency"],
    change: (e, recordedBy, recordedAt) => recordPlan(e, { callbackDelayMinutes, ...facts, recordedBy, recordedAt }),
  };
}

/**
 * 003 §3: the usual plan in one click — agreed with the person, their callback number confirmed — and nothing
 * else: the e-mail and emergency contact stay as recorded at the revision the clinician saw.
 */
export function agreePlanWithNumberCommand(callbackDelayMinutes: number): EncounterCommand {
  return {
    name: "contingency.agreedWithNumber",
    revision: "planRev",
    cards: ["contingency"],
    change: (e, by, at) => {
      const { emailVerified = false, emergencyContactConfirmed = false } = e.plan ?? {};
      const facts = { phoneVerified: true, emailVerified, emergencyContactConfirmed, agreedWithPatient: true };
      return recordPlanCommand(facts, callbackDelayMinutes).change(e, by, at);
    },
  };
}

/** 004, 003 §3: where the patient is for this visit, as confirmed (domain/patientLocation.ts locationFromEntry). */
export function recordLocationCommand(location: PatientLocation): EncounterCommand {
  return {
    name: "contingency.location",
    revision: "planRev",
    cards: ["contingency"],
    change: (e) => recordLocation(e, location),
  };
}

/** 003 §3: the connection was lost; the fallback steps are posted for everyone. */
export const connectionLostCommand: EncounterCommand = {
  name: "contingency.connectionLost",
  revision: "planRev",
  cards: ["contingency"],
  change: reportConnectionLost,
  post: (sharedCards, encounter, at) => sharedCards.postConnectionLostSteps(encounter, at),
};

/** 003 §3: the meeting goes on by phone. */
export const switchToPhoneCommand: EncounterCommand = {
  name: "contingency.switchToPhone",
  revision: "planRev",
  cards: ["contingency"],
  change: switchToPhone,
};

/**
 * 001, 004: a crisis, recorded as a code and a time. No card changes for everyone: the shared plan does not show
 * incidents, and replacing it would make Teams refresh the clinician's own view over the private steps.
 */
export const crisisCommand: EncounterCommand = {
  name: "contingency.crisis",
  revision: "planRev",
  cards: [],
  change: reportCrisis,
};
