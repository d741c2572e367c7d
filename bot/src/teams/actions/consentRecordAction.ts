import { z } from "zod";
import {
  COMPANION_PRESENCE,
  CONSENT_METHODS,
  consentEntryProblems,
  IDENTITY_DOCUMENT_KINDS,
  IN_PERSON_OFFER_CHOICES,
  inPersonOfferFields,
  type ConsentRecord,
} from "../../domain/consent.js";
import { recordConsent, setPhysicalPresenceRequired } from "../../domain/encounter.js";
import { defineAction } from "./cardAction.js";
import { toggle } from "./cardFlags.js";
import {
  changeEncounter,
  encounterIdField,
  loadEncounterForAction,
  revField,
  type SharedCardChangePorts,
} from "./encounterActionFlow.js";
import { answerConsentChange, consentClinicianResponse, consentPatientResponse } from "./consentViews.js";
import type { BotPorts } from "../turn/botPorts.js";

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

const COUNT_TOO_HIGH = {
  "fr-CA": "Il y a plus de consentements obtenus que de patients : corrigez l'un des deux nombres (§1.1).",
  en: "There are more consents obtained than patients: correct one of the two numbers (§1.1).",
};

const METHOD_REQUIRED = {
  "fr-CA":
    "Choisissez le mode de consentement (verbal, écrit ou réponse par courriel), ou cochez l'exception de transfert urgent.",
  en: "Choose how consent was given (verbal, written or e-mail reply), or tick the urgent-transfer exception.",
};

type ConsentData = z.infer<typeof schema>;

/** The choice made, or an earlier card's tick (offered, answer not asked); nothing chosen is not an offer. */
function inPersonOffer(data: ConsentData): Pick<ConsentRecord, "inPersonOffered" | "inPersonAnswer"> {
  if (data.inPersonOffer !== "") return inPersonOfferFields(data.inPersonOffer);
  return { inPersonOffered: data.inPersonOffered };
}

/** What the clinician ticked, as a record by `recordedBy` at `recordedAt` (method null: not chosen, or the exception). */
function recordFrom(data: ConsentData, recordedBy: string, recordedAt: string): ConsentRecord {
  return {
    method: data.emergencyException ? null : data.method || null,
    scope: {
      session: data.scopeSession,
      recording: data.scopeRecording,
      informationSharing: data.scopeInformationSharing,
    },
    identityDocumentKind: data.identityDocumentKind,
    limitsExplained: data.limitsExplained,
    ...inPersonOffer(data),
    caregivers: data.caregivers,
    supportStaff: data.supportStaff,
    interpreterPresent: data.interpreterPresent,
    substituteConsent: data.substituteConsent,
    emergencyException: data.emergencyException,
    ...(data.participants > 1
      ? {
          group: {
            participants: data.participants,
            consentsRecorded: data.consentsRecorded,
            conductRulesCommitment: data.conductRulesCommitment,
            organisedByEstablishment: data.organisedByEstablishment,
          },
        }
      : {}),
    recordedBy,
    recordedAt,
  };
}

/**
 * consent.record — the clinician records consent (003 §1.1, §1.3); the card updates in place for everyone. With no
 * method chosen (and no emergency exception), or more consents than patients, nothing is saved and the clinician gets
 * their view back as they filled it, each message under its field: clients show a bare error response as nothing.
 */
export const consentRecordAction = defineAction({
  verb: "consent.record",
  schema,
  async handle(context, data, services: SharedCardChangePorts & Pick<BotPorts, "consentAudit">, locale) {
    const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    if (!loaded.actor) return consentPatientResponse(services, loaded.encounter, locale, "refused");
    const actor = loaded.actor;
    const record = recordFrom(data, actor.objectId, services.now().toISOString());
    const problems = consentEntryProblems({ ...data, refused: data.inPersonOffer === "accepted" });
    if (problems.method || problems.consentsRecorded) {
      const errors = {
        ...(problems.method ? { method: METHOD_REQUIRED[locale] } : {}),
        ...(problems.consentsRecorded ? { consentsRecorded: COUNT_TOO_HIGH[locale] } : {}),
      };
      const { participants, consentsRecorded, conductRulesCommitment, organisedByEstablishment } = data;
      const typed = {
        ...record,
        group: { participants, consentsRecorded, conductRulesCommitment, organisedByEstablishment },
      };
      return consentClinicianResponse(services, loaded.encounter, locale, "notSaved", {
        record: typed,
        physicalPresence: data.physicalPresence,
        errors,
      });
    }
    await services.consentAudit.beforeChange(loaded.encounter);
    const result = await changeEncounter(services, loaded.stored, actor, "consentRev", data.rev, (e) => {
      const withPresence =
        data.physicalPresence === "toConfirm"
          ? e
          : setPhysicalPresenceRequired(e, data.physicalPresence === "required");
      return recordConsent(withPresence, record);
    });
    if (result.outcome === "changed") services.consentAudit.afterAnswer(result.encounter);
    return answerConsentChange(context, services, result, locale);
  },
});
