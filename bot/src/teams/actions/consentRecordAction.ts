import { z } from "zod";
import {
  COMPANION_PRESENCE,
  CONSENT_METHODS,
  consentEntryProblems,
  IDENTITY_DOCUMENT_KINDS,
  IN_PERSON_OFFER_CHOICES,
} from "../../domain/consent.js";
import { CONSENT_ENTRY_MESSAGES } from "../../domain/consentLabels.js";
import { entryProblems, problemTexts } from "../../domain/entryProblems.js";
import { recordConsentCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { toggle } from "./cardFlags.js";
import {
  encounterIdField,
  loadEncounterForAction,
  revField,
  runCardCommand,
  type SharedCardChangePorts,
} from "./encounterActionFlow.js";
import { answerConsentChange, consentClinicianResponse, consentPatientResponse } from "./consentViews.js";

/** Input.Number sends a string, or nothing when left empty. */
const count = (fallback: number) =>
  z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? fallback : v),
    z.coerce.number().int().min(0).max(200),
  );

const schema = z.object({
  encounterId: encounterIdField,
  rev: revField,
  method: z.union([z.enum(CONSENT_METHODS), z.literal("")]).default(""),
  scopeSession: toggle,
  scopeRecording: toggle,
  scopeInformationSharing: toggle,
  identityDocumentKind: z.enum(IDENTITY_DOCUMENT_KINDS).default("notChecked"),
  limitsExplained: toggle,
  inPersonOffer: z.union([z.enum(IN_PERSON_OFFER_CHOICES), z.literal("")]).default(""),
  /** The toggle of the cards posted before the person's answer was asked (they stay in meeting chats). */
  inPersonOffered: toggle,
  caregivers: z.enum(COMPANION_PRESENCE).default("none"),
  supportStaff: z.enum(COMPANION_PRESENCE).default("none"),
  interpreterPresent: toggle,
  substituteConsent: toggle,
  emergencyException: toggle,
  participants: count(1).pipe(z.number().min(1)),
  consentsRecorded: count(1),
  conductRulesCommitment: toggle,
  organisedByEstablishment: toggle,
  physicalPresence: z.enum(["toConfirm", "notRequired", "required"]).default("toConfirm"),
});

/**
 * consent.record — the clinician records consent (003 §1.1, §1.3); the card updates in place for everyone, and their
 * usual choices are remembered for their next form (encounterCommandCatalog.ts, as from the side panel). With no
 * method chosen (and no emergency exception, nor a refusal of telehealth), or more consents than patients, nothing is saved and the clinician gets
 * their view back as they filled it, each message under its field: clients show a bare error response as nothing.
 */
export const consentRecordAction = defineAction({
  verb: "consent.record",
  schema,
  async handle(context, data, services: SharedCardChangePorts, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return consentPatientResponse(services, loaded.encounter, locale, "refused");
    const { encounterId: _id, rev, physicalPresence, ...entry } = data;
    const problems = entryProblems(consentEntryProblems(entry), CONSENT_ENTRY_MESSAGES);
    if (problems.length > 0) {
      const draft = { entry, physicalPresence, errors: problemTexts(problems, locale) };
      return consentClinicianResponse(services, loaded.encounter, locale, loaded.actor.objectId, "notSaved", draft);
    }
    const presence = physicalPresence === "toConfirm" ? undefined : physicalPresence === "required";
    const command = recordConsentCommand(entry, presence);
    const result = await runCardCommand(context, services, loaded.stored, loaded.actor, rev, command);
    return answerConsentChange(services, result, locale, loaded.actor.objectId);
  },
});
