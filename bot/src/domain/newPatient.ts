/**
 * Seed 003 §2.3 "Nouveau patient": a new patient's intake visit by video calls for an in-person follow-up within
 * one month if vulnerable, three otherwise (followUp.ts dates it); the clinician offers it. Balises records who said the patient is new, and
 * who said the follow-up was offered — not whether it took place, which it cannot know. Pure.
 */
import type { Encounter } from "./encounter.js";
import { inPersonFollowUpDue, type InPersonFollowUp } from "./followUp.js";
import { quebecDate } from "./quebecTime.js";

/** §2.3 "Nouveau patient": only the fact and the vulnerability yes/no, with who said so and when. */
export interface NewPatientFact {
  vulnerable: boolean;
  recordedBy: string;
  recordedAt: string;
  /** The in-person follow-up was offered to the patient: who said so and when (Balises only records the saying). */
  followUpOffered?: { recordedBy: string; recordedAt: string };
}

/**
 * `vulnerable` records the new patient (a changed answer replaces it and keeps a follow-up recorded as offered: it
 * was offered all the same); undefined forgets the fact, and with it the follow-up. The same encounter when
 * nothing changes.
 */
export function recordNewPatient(e: Encounter, vulnerable: boolean | undefined, by: string, at: string): Encounter {
  if (vulnerable === undefined) {
    if (!e.newPatient) return e;
    const rest = { ...e };
    delete rest.newPatient;
    return rest;
  }
  if (e.newPatient?.vulnerable === vulnerable) return e;
  const offered = e.newPatient?.followUpOffered;
  const fact: NewPatientFact = {
    vulnerable,
    recordedBy: by,
    recordedAt: at,
    ...(offered ? { followUpOffered: offered } : {}),
  };
  return { ...e, newPatient: fact };
}

/**
 * The follow-up was offered (it is then no longer due), or that record is taken back; "notNewPatient" when no
 * follow-up is due. Said twice, it keeps who said it first and when.
 */
export function recordFollowUpOffered(
  e: Encounter,
  offered: boolean,
  by: string,
  at: string,
): Encounter | "notNewPatient" {
  if (!e.newPatient) return "notNewPatient";
  if (offered === (e.newPatient.followUpOffered !== undefined)) return e;
  const { followUpOffered: _taken, ...fact } = e.newPatient;
  return { ...e, newPatient: offered ? { ...fact, followUpOffered: { recordedBy: by, recordedAt: at } } : fact };
}

/**
 * The new patient's in-person follow-up: when it is due, and the Québec date it was recorded as offered, if it was
 * (the activity rows and the note block both read it here).
 */
export function inPersonFollowUpOf(e: Pick<Encounter, "startedAt" | "newPatient">): InPersonFollowUp | undefined {
  if (!e.newPatient) return undefined;
  const due = inPersonFollowUpDue(e.startedAt, e.newPatient.vulnerable);
  const offered = e.newPatient.followUpOffered;
  return offered ? { ...due, offeredOn: quebecDate(offered.recordedAt) } : due;
}
