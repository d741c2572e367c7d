/**
 * A clinician's usual way of taking consent (003 §1.1, §1.3.1, §1.3.5, §1.3.7), remembered from the last consent
 * they recorded to start their next form: how they take it, the scope they state for the session, the kind of ID
 * they check, that they explain the limits and offer an in-person appointment. Their practice only — never about a
 * patient: no recording (written consent of both, every time: 001, 004), no companions, interpreter, substitute,
 * emergency exception, group, nor a refusal. The form shows the choices for the clinician to confirm with the
 * person; the record states only what they confirm (consentRecordFrom), as if they had ticked each.
 */
import { consentEntryOf, type ConsentEntry, type ConsentMethod, type IdentityDocumentKind } from "./consent.js";

export interface ConsentPreferences {
  method: ConsentMethod;
  scopeSession: boolean;
  scopeInformationSharing: boolean;
  identityDocumentKind: IdentityDocumentKind;
  limitsExplained: boolean;
  inPersonOffered: boolean;
}

/**
 * What to remember of a consent just recorded; nothing from an entry that is not a plain consent given by the
 * person (no method, a refusal, the emergency exception, a substitute's consent, a group).
 */
export function preferencesFrom(entry: ConsentEntry): ConsentPreferences | undefined {
  const unusual = entry.emergencyException || entry.substituteConsent || entry.participants > 1;
  if (entry.method === "" || unusual || entry.inPersonOffer === "accepted" || entry.inPersonOffer === "") return;
  return {
    method: entry.method,
    scopeSession: entry.scopeSession,
    scopeInformationSharing: entry.scopeInformationSharing,
    identityDocumentKind: entry.identityDocumentKind,
    limitsExplained: entry.limitsExplained,
    inPersonOffered: entry.inPersonOffer === "declined",
  };
}

/**
 * A new form started from the clinician's usual choices: offered in person, the person's answer proposed is the
 * telehealth they are in (§1.3.7); everything about this visit's people starts as on a blank form.
 */
export function entryFromPreferences(preferences: ConsentPreferences): ConsentEntry {
  const { inPersonOffered, ...usual } = preferences;
  return { ...consentEntryOf(undefined), ...usual, inPersonOffer: inPersonOffered ? "declined" : "notOffered" };
}
