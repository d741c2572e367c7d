/**
 * The meeting side panel (issue 12): the meeting's current encounter as its clinicians see it, and what they do to
 * it — the same commands as the consent and contingency cards (encounters/encounterCommands.ts).
 *   GET  /meetings/{meetingId}/encounter            the answer below; ETag, If-None-Match → 304 when unchanged
 *   POST /encounters/{encounterId}/consent           consentBodySchema
 *   POST /encounters/{encounterId}/consent/withdraw  { consentRev }
 *   POST /encounters/{encounterId}/physical-presence { consentRev, required }
 *   POST /encounters/{encounterId}/plan              planBodySchema
 *   POST /encounters/{encounterId}/location          locationBodySchema
 *   POST /encounters/{encounterId}/connection-lost   { planRev }
 *   POST /encounters/{encounterId}/phone             { planRev }
 *   POST /encounters/{encounterId}/crisis            "Situation de crise"        { planRev }
 *   POST /encounters/{encounterId}/crisis/resources  post the crisis resources   crisisResourcesBodySchema
 * Every change names the revision it was made on (`consentRev` or `planRev`, as the cards do): behind the record's,
 * nothing changes and the answer is a 409. Learners and the §2.3 new-patient fact: contract/encounters.ts.
 */
import { z } from "zod";
import {
  COMPANION_PRESENCE,
  CONSENT_GAP_SECTIONS,
  CONSENT_METHODS,
  IDENTITY_DOCUMENT_KINDS,
  IN_PERSON_OFFER_CHOICES,
  type ConsentEntry,
  type ConsentGap,
} from "../domain/consent.js";
import { CLOSED_BY } from "../domain/encounter.js";
import { REGION_CODES } from "../domain/quebecRegions.js";
import { CONDITION_IDS, CONDITION_STATES, type ConditionDetail } from "../domain/regulation2024.js";
import { peopleSchema, teamRefSchema } from "./common.js";
import { participationAnswerSchema } from "./encounters.js";

const keysOf = <K extends string>(record: Record<K, unknown>) => Object.keys(record) as [K, ...K[]];
const rev = z.number().int().min(0).max(1_000_000);
const count = z.number().int().min(0).max(200);

/**
 * The consent form: the card's fields, as JSON. A method left empty ("") is refused under its field, unless the
 * person, offered in person, would rather be seen in person (inPersonOffer "accepted": a refusal of telehealth).
 */
export const consentEntrySchema = z.strictObject({
  method: z.union([z.enum(CONSENT_METHODS), z.literal("")]),
  scopeSession: z.boolean(),
  scopeRecording: z.boolean(),
  scopeInformationSharing: z.boolean(),
  identityDocumentKind: z.enum(IDENTITY_DOCUMENT_KINDS),
  limitsExplained: z.boolean(),
  inPersonOffer: z.union([z.enum(IN_PERSON_OFFER_CHOICES), z.literal("")]),
  caregivers: z.enum(COMPANION_PRESENCE),
  supportStaff: z.enum(COMPANION_PRESENCE),
  interpreterPresent: z.boolean(),
  substituteConsent: z.boolean(),
  emergencyException: z.boolean(),
  participants: count.min(1),
  consentsRecorded: count,
  conductRulesCommitment: z.boolean(),
  organisedByEstablishment: z.boolean(),
}) satisfies z.ZodType<ConsentEntry>;

export const consentBodySchema = consentEntrySchema.extend({ consentRev: rev });
export type ConsentBody = z.infer<typeof consentBodySchema>;

export const consentRevisionBodySchema = z.strictObject({ consentRev: rev });
export type ConsentRevisionBody = z.infer<typeof consentRevisionBodySchema>;

export const physicalPresenceBodySchema = z.strictObject({ consentRev: rev, required: z.boolean() });
export type PhysicalPresenceBody = z.infer<typeof physicalPresenceBodySchema>;

const planFacts = {
  phoneVerified: z.boolean(),
  emailVerified: z.boolean(),
  emergencyContactConfirmed: z.boolean(),
  agreedWithPatient: z.boolean(),
};

export const planBodySchema = z.strictObject({ planRev: rev, ...planFacts });
export type PlanBody = z.infer<typeof planBodySchema>;

export const planRevisionBodySchema = z.strictObject({ planRev: rev });
export type PlanRevisionBody = z.infer<typeof planRevisionBodySchema>;

/** Both answers are required; one left empty ("") is refused under its field, as on the card. */
export const locationBodySchema = z.strictObject({
  planRev: rev,
  regionCode: z.union([z.enum(REGION_CODES), z.literal("")]),
  confidential: z.enum(["yes", "no", ""]),
});
export type LocationBody = z.infer<typeof locationBodySchema>;

/** The crisis the resources are posted for, named by the time Balises recorded it (the panel's `crisis.recordedAt`). */
export const crisisResourcesBodySchema = z.strictObject({ at: z.iso.datetime() });
export type CrisisResourcesBody = z.infer<typeof crisisResourcesBodySchema>;

const at = z.string().nullable();

/**
 * What the crisis steps are drawn from (domain/crisis.ts crisisSteps), for the clinician only: the last crisis
 * recorded (null: none), the region recorded for this visit, whether the plan confirmed an authorised emergency
 * contact, and the lines serving the region (the tab names them with domain/crisisResources.ts crisisLines).
 */
const crisisSchema = z.object({
  recordedAt: at,
  regionCode: z.enum(REGION_CODES).nullable(),
  emergencyContactAuthorised: z.boolean(),
  resources: z.array(
    z.object({ id: z.string(), region: z.string(), name: z.string(), phone: z.string(), notes: z.string().optional() }),
  ),
});

const consentGapSchema = z.enum(keysOf<ConsentGap>(CONSENT_GAP_SECTIONS));
const detailOf = <K extends ConditionDetail["kind"]>(kind: K) => z.object({ kind: z.literal(kind) });

/** Why a condition is in its state (domain/regulation2024.ts): the tab says it with `describeCondition`. */
export const conditionDetailSchema = z.discriminatedUnion("kind", [
  detailOf("noConsent"),
  detailOf("consentWithdrawn"),
  detailOf("telehealthRefused"),
  detailOf("consentGaps").extend({ gaps: z.array(consentGapSchema) }),
  detailOf("presenceToConfirm"),
  detailOf("planGaps").extend({ gaps: z.array(z.enum(["agreed", "contactVerified"])) }),
  detailOf("noCorridor"),
  detailOf("regionToConfirm"),
  detailOf("corridorForRegion").extend({ regionCode: z.enum(REGION_CODES) }),
  detailOf("establishmentActivity"),
]) satisfies z.ZodType<ConditionDetail>;

/** The encounter as its clinicians see it in the side panel: codes, times and object ids (named in `people`). */
export const encounterPanelSchema = z.object({
  id: z.string(),
  status: z.enum(["open", "closed"]),
  startedAt: z.string(),
  endedAt: at,
  /** "scheduler": Balises received no end and closed the encounter at its scheduled end. */
  closedBy: z.enum(CLOSED_BY).nullable(),
  modality: z.enum(["video", "phone"]),
  modalityChangedAt: at,
  team: teamRefSchema.nullable(),
  consentRev: rev,
  planRev: rev,
  conditions: z.array(
    z.object({
      id: z.enum(CONDITION_IDS),
      state: z.enum(CONDITION_STATES),
      details: z.array(conditionDetailSchema),
    }),
  ),
  consent: z.object({
    status: z.enum(["valid", "missing", "withdrawn", "emergencyException", "refused"]),
    gaps: z.array(consentGapSchema),
    recordedAt: at,
    recordedBy: at,
    withdrawnAt: at,
    /** The current consent's answers, or the form's defaults (domain/consent.ts consentEntryOf). */
    form: consentEntrySchema,
    /**
     * The caller's usual choices (domain/consentPreferences.ts) as a form to confirm with one click, or null: none
     * remembered. Nothing of it is recorded unless the clinician confirms it.
     */
    remembered: consentEntrySchema.nullable(),
  }),
  physicalPresenceRequired: z.boolean().nullable(),
  plan: z.object({
    agreed: z.boolean(),
    gaps: z.array(z.enum(["agreed", "contactVerified"])),
    recordedAt: at,
    callbackDelayMinutes: z.number().int(),
    form: z.object(planFacts),
  }),
  /** The team's region, preselected to confirm where the person is (null: none configured). */
  defaultRegionCode: z.enum(REGION_CODES).nullable(),
  location: z
    .object({ regionCode: z.enum(REGION_CODES), confidential: z.boolean(), recordedAt: z.string() })
    .nullable(),
  incidents: z.object({ connectionLost: z.number().int(), lastAt: at }),
  crisis: crisisSchema,
  newPatient: z.object({ vulnerable: z.boolean() }).nullable(),
  inPersonFollowUpDue: at,
  /** The Québec date the follow-up was recorded as offered (yyyy-mm-dd). */
  inPersonFollowUpOffered: at,
  learners: participationAnswerSchema.shape.learners,
  /** The clinicians recorded on the encounter (the organiser first): who else sees this panel. */
  clinicians: z.array(z.string()),
  people: peopleSchema,
});
export type EncounterPanel = z.infer<typeof encounterPanelSchema>;

/** The meeting's current encounter, or null before it started (meetingStart, or a command in the chat). */
export const encounterPanelAnswerSchema = z.object({
  meetingId: z.string(),
  encounter: encounterPanelSchema.nullable(),
});
export type EncounterPanelAnswer = z.infer<typeof encounterPanelAnswerSchema>;
