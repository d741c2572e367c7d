/** What the progress-note block says, taken from the closed encounter (kinds, counts and times only). */
import {
  consentGaps,
  currentConsent,
  inPersonOfferChoice,
  refusedTelehealth,
  type ConsentRecord,
} from "../domain/consent.js";
import { connectionLosses, planStatus } from "../domain/contingency.js";
import type { Encounter } from "../domain/encounter.js";
import { inPersonFollowUpOf } from "../domain/newPatient.js";
import type { NotePeopleFacts } from "../domain/noteBlockPeople.js";
import type { NoteConsentFacts, ProgressNoteFacts } from "../domain/noteObligationBlock.js";

function consentFacts(e: Encounter): NoteConsentFacts {
  const consent = currentConsent(e.consents);
  if (!consent) return { kind: "notRecorded" };
  if (consent.withdrawnAt)
    return {
      kind: "withdrawn",
      at: consent.withdrawnAt,
      ...(consent.inPersonOffered ? { inPersonOffered: true } : {}),
    };
  if (consent.emergencyException) return { kind: "emergencyException" };
  if (refusedTelehealth(consent)) return { kind: "refused" };
  if (consent.method === null) return { kind: "notRecorded" };
  const gaps = consentGaps(consent);
  return {
    kind: "recorded",
    method: consent.method,
    scope: { ...consent.scope },
    substitute: consent.substituteConsent,
    complete: gaps.length === 0,
    ...(gaps.length > 0 ? { gaps } : {}),
  };
}

/** What the consent recorded of the people present and the in-person offer (003 §1.3.5–§1.3.9). */
function consentPeople(consent: ConsentRecord): NotePeopleFacts {
  const { caregivers, supportStaff, interpreterPresent, group } = consent;
  return {
    identityDocument: consent.identityDocumentKind,
    inPersonOffer: inPersonOfferChoice(consent) ?? "offered",
    companions: {
      caregivers,
      supportStaff,
      ...(interpreterPresent !== undefined ? { interpreter: interpreterPresent } : {}),
    },
    ...(group && group.participants > 1
      ? { group: { participants: group.participants, consentsRecorded: group.consentsRecorded } }
      : {}),
  };
}

/** Who took part besides the patient, and how the consent went, as recorded: learners by role, never by name (§9). */
function peopleFacts(e: Encounter): NotePeopleFacts {
  const consent = currentConsent(e.consents);
  const learners = (e.learners ?? []).map(({ role, participation }) => ({ role, participation }));
  return {
    participantCount: e.participantCount,
    ...(consent ? consentPeople(consent) : {}),
    ...(learners.length > 0 ? { learners } : {}),
  };
}

export function noteFactsOf(e: Encounter, endedAt: string): ProgressNoteFacts {
  const switched = e.incidents.find((i) => i.kind === "switchedToPhone");
  const crises = e.incidents.filter((i) => i.kind === "crisis");
  return {
    startedAt: e.startedAt,
    ...(e.startedAtFirstUse ? { startedAtFirstUse: true as const } : {}),
    endedAt,
    modality: e.modality,
    switchedToPhoneAt: switched?.at,
    consent: consentFacts(e),
    ...peopleFacts(e),
    planAgreed: planStatus(e.plan).kind === "agreed",
    ...(planStatus(e.plan).kind === "agreed" && e.plan ? { planAgreedAt: e.plan.recordedAt } : {}),
    connectionLostCount: connectionLosses(e.incidents).length,
    ...(e.location ? { location: { regionCode: e.location.regionCode, confidential: e.location.confidential } } : {}),
    ...(e.plan ? { emergencyContactConfirmed: e.plan.emergencyContactConfirmed } : {}),
    ...(crises.length > 0 ? { crisesAt: crises.map((i) => i.at) } : {}),
    // 003 §2.3: a new patient seen by video gets an in-person follow-up within 1 month (vulnerable) or 3 months.
    inPersonFollowUp: inPersonFollowUpOf(e),
  };
}
