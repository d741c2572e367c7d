/**
 * Every state of the in-meeting cards (consent, contingency plan, connection lost), for cardCatalog.ts.
 */
import type { Locale } from "../../bot/src/i18n/locale.js";
import type { AdaptiveCard } from "../../bot/src/cards/renderCard.js";
import { buildConsentClinicianCard, buildConsentSharedCard } from "../../bot/src/cards/consent/consentCard.js";
import {
  buildConnectionLostCard,
  buildContingencyClinicianCard,
  buildContingencySharedCard,
} from "../../bot/src/cards/contingency/contingencyCard.js";
import {
  newEncounter,
  recordConsent,
  recordLocation,
  recordPlan,
  reportConnectionLost,
  reportCrisis,
  setPhysicalPresenceRequired,
  switchToPhone,
  withdrawCurrentConsent,
  type Encounter,
} from "../../bot/src/domain/encounter.js";
import { consentEntryOf, type ConsentRecord } from "../../bot/src/domain/consent.js";
import type { ContingencyPlan } from "../../bot/src/domain/contingency.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";
import type { EncounterTeamView } from "../../bot/src/cards/encounter/encounterCardParts.js";
import { buildTeamChooserCard, buildTeamSharedCard } from "../../bot/src/cards/team/teamCard.js";
import { buildCrisisResourcesCard, buildCrisisStepsCard } from "../../bot/src/cards/contingency/crisisCard.js";
import { reportedCrisis } from "../../bot/src/domain/crisis.js";
import { USUAL_CONSENT } from "../support/consentFixtures.js";

interface Entry {
  name: string;
  build: (locale: Locale) => AdaptiveCard;
}

const ORGANIZER = "aaaaaaaa-0000-4000-8000-000000000001";
const base = newEncounter({
  tenantId: "11111111-1111-4111-8111-111111111111",
  meetingId: "MCMxOTptZWV0aW5nX1pXTTRaR0UzT1RJdE9EZG1aaTAwTVRjM0xUZ3pZVEV0WXpBPUB0aHJlYWQudjIjMA==",
  conversationId: "19:meeting_ZWM4ZGE3OTItODdmZi00MTc3LTgzYTEtYzA=@thread.v2",
  startedAt: "2026-11-23T14:00:00.000Z",
  organizerId: ORGANIZER,
  organizerUserId: "29:1clinician-mri",
});
const consent: ConsentRecord = {
  method: "verbal",
  scope: { session: true, recording: false, informationSharing: true },
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffered: true,
  caregivers: "presentWithConsent",
  supportStaff: "none",
  substituteConsent: false,
  emergencyException: false,
  recordedBy: ORGANIZER,
  recordedAt: "2026-11-23T14:03:00.000Z",
};
const plan: ContingencyPlan = {
  callbackDelayMinutes: 5,
  phoneVerified: true,
  emailVerified: false,
  emergencyContactConfirmed: true,
  agreedWithPatient: true,
  recordedBy: ORGANIZER,
  recordedAt: "2026-11-23T14:04:00.000Z",
};
const configured: TeamConfiguration = {
  ...DEFAULT_TEAM_CONFIGURATION,
  corridors: [{ id: "c1", name: "CLSC de Rosemont — accueil psychosocial", kind: "clsc", contact: "514 555-0100" }],
  contingency: {
    callbackDelayMinutes: 10,
    bridgeText: "+1 514-555-0199, conférence 123 456 789#",
    crisisResources: [
      ...DEFAULT_TEAM_CONFIGURATION.contingency.crisisResources,
      { id: "crise-mtl", region: "Montréal", name: "Centre de crise de l'Ouest", phone: "514 555-0123" },
    ],
  },
  interpreters: [{ id: "i1", name: "Banque interrégionale d'interprètes", contact: "514 555-0142" }],
};
/** The most a patient's card can list: places past the third are not shown, each at the longest a row may hold. */
const manyLongPlaces: TeamConfiguration = {
  ...configured,
  corridors: Array.from({ length: 50 }, (_, i) => ({
    id: `c${i}`,
    name: `CLSC ${i} `.padEnd(200, "é"),
    kind: "clsc" as const,
    contact: "514 555-0100",
    address: `${i} rue Principale `.padEnd(500, "è"),
  })),
};

const valid = setPhysicalPresenceRequired(recordConsent(base, consent), false);
const incomplete = recordConsent(base, {
  ...consent,
  identityDocumentKind: "notChecked",
  group: { participants: 6, consentsRecorded: 4, conductRulesCommitment: false },
});
const withdrawn = withdrawCurrentConsent(valid, ORGANIZER, "2026-11-23T14:10:00.000Z");
/** 003 §1.3.7: offered in person, the person chose it (no method: there is no consent to give one to). */
const refused = recordConsent(base, { ...consent, method: null, inPersonAnswer: "accepted" });
/** Regulation art. 1, last paragraph: a group session the establishment organises, an interpreter present. */
const establishmentGroup = recordConsent(base, {
  ...consent,
  inPersonAnswer: "declined",
  interpreterPresent: true,
  group: { participants: 8, consentsRecorded: 8, conductRulesCommitment: true, organisedByEstablishment: true },
});
const emergency = recordConsent(base, { ...consent, method: null, emergencyException: true, substituteConsent: true });
/** Consent recorded again and again (a card stays open all meeting): the oldest leave the encounter for the audit. */
const reRecorded = (times: number) =>
  Array.from({ length: times }, (_, i) => i).reduce(
    (e, i) =>
      recordConsent(e, { ...consent, recordedAt: new Date(Date.parse(consent.recordedAt) + i * 60_000).toISOString() }),
    base,
  );
const unknownOrganizer: Encounter = { ...base, organizerId: undefined, clinicianIds: [], refreshUserIds: [] };
const agreed = recordPlan(valid, plan);
const lostThenPhone = switchToPhone(
  reportConnectionLost(agreed, ORGANIZER, "2026-11-23T14:20:00.000Z"),
  ORGANIZER,
  "2026-11-23T14:22:00.000Z",
);
const withTeam: Encounter = { ...base, teamKey: "f3ec8cd2-e704-4344-8c47-9a3a21d683c0", teamSource: "onlyTeam" };
const pendingTeam: Encounter = { ...base, teamSource: "pending" };
const noTeam: Encounter = { ...base, teamSource: "none" };
const TWO_TEAMS = [
  { groupId: "f3ec8cd2-e704-4344-8c47-9a3a21d683c0", name: "GMF des Rivières — santé mentale" },
  { groupId: "02ce3874-dd86-41ba-bddc-013f34019978", name: "CLSC Rosemont — soutien à domicile" },
];
const planIncomplete = recordPlan(base, { ...plan, phoneVerified: false, agreedWithPatient: false });
const inMontreal = recordLocation(agreed, {
  regionCode: "06",
  confidential: true,
  recordedBy: ORGANIZER,
  recordedAt: "2026-11-23T14:02:00.000Z",
});
const notConfidential = recordLocation(base, { ...inMontreal.location!, regionCode: "04", confidential: false });
const inCrisis = reportCrisis(inMontreal, ORGANIZER, "2026-11-23T14:25:00.000Z");
const crisisUnlocated = reportCrisis(base, ORGANIZER, "2026-11-23T14:25:00.000Z");
/** The steps for the crisis just recorded on `encounter`; `posted`: the resources were just queued for the chat. */
const crisisSteps = (locale: Locale, encounter: Encounter, posted = false) =>
  buildCrisisStepsCard({ locale, encounter, configuration: configured, crisis: reportedCrisis(encounter), posted });

const D = DEFAULT_TEAM_CONFIGURATION;
const TEAM: EncounterTeamView = {
  teamKey: "f3ec8cd2-e704-4344-8c47-9a3a21d683c0",
  teamName: "GMF des Rivières — santé mentale",
  source: "onlyTeam",
};
const PENDING: EncounterTeamView = { source: "pending" };
const NO_TEAM: EncounterTeamView = { source: "none" };

export const ENCOUNTER_CARD_CATALOG: Entry[] = [
  {
    name: "consent, patient view, not yet recorded",
    build: (locale) => buildConsentSharedCard({ locale, encounter: base, configuration: D }),
  },
  {
    name: "consent, patient view, recorded, team with a corridor and interpreters",
    build: (locale) => buildConsentSharedCard({ locale, encounter: valid, configuration: configured }),
  },
  {
    name: "consent, patient view, team with more places than shown, each at the longest",
    build: (locale) => buildConsentSharedCard({ locale, encounter: valid, configuration: manyLongPlaces }),
  },
  {
    name: "consent, patient view, withdrawn",
    build: (locale) => buildConsentSharedCard({ locale, encounter: withdrawn, configuration: D }),
  },
  {
    name: "consent, patient view, telehealth refused",
    build: (locale) => buildConsentSharedCard({ locale, encounter: refused, configuration: D }),
  },
  {
    name: "consent, patient view, emergency exception",
    build: (locale) => buildConsentSharedCard({ locale, encounter: emergency, configuration: D }),
  },
  {
    name: "consent, patient view, organiser unknown",
    build: (locale) => buildConsentSharedCard({ locale, encounter: unknownOrganizer, configuration: D }),
  },
  {
    name: "consent, refusal for a non-clinician",
    build: (locale) => buildConsentSharedCard({ locale, encounter: valid, configuration: D, notice: "refused" }),
  },
  {
    name: "consent, clinician view, empty form",
    build: (locale) => buildConsentClinicianCard({ locale, encounter: base, missingCorridor: true, team: TEAM }),
  },
  {
    name: "consent, clinician view, group with gaps",
    build: (locale) => buildConsentClinicianCard({ locale, encounter: incomplete, missingCorridor: false, team: TEAM }),
  },
  {
    name: "consent, clinician view, saved and valid",
    build: (locale) =>
      buildConsentClinicianCard({ locale, encounter: agreed, missingCorridor: false, team: TEAM, notice: "saved" }),
  },
  {
    name: "consent, clinician view, outdated card",
    build: (locale) =>
      buildConsentClinicianCard({
        locale,
        encounter: withdrawn,
        missingCorridor: false,
        team: TEAM,
        notice: "outdated",
      }),
  },
  {
    name: "consent, clinician view, not saved: each message under its field",
    build: (locale) =>
      buildConsentClinicianCard({
        locale,
        encounter: base,
        missingCorridor: false,
        team: TEAM,
        notice: "notSaved",
        draft: {
          entry: { ...consentEntryOf(consent), method: "" },
          physicalPresence: "notRequired",
          errors: {
            method: locale === "en" ? "Choose how consent was given." : "Choisissez le mode de consentement.",
            consentsRecorded:
              locale === "en" ? "More consents than patients." : "Plus de consentements que de patients.",
          },
        },
      }),
  },
  {
    name: "consent, clinician view, telehealth refused",
    build: (locale) => buildConsentClinicianCard({ locale, encounter: refused, missingCorridor: false, team: TEAM }),
  },
  {
    name: "consent, clinician view, group activity of the establishment, no corridor",
    build: (locale) =>
      buildConsentClinicianCard({ locale, encounter: establishmentGroup, missingCorridor: true, team: TEAM }),
  },
  {
    name: "contingency, clinician view, group activity of the establishment, no corridor",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: establishmentGroup,
        configuration: D,
        missingCorridor: true,
        team: TEAM,
      }),
  },
  {
    name: "consent, clinician view, emergency exception",
    build: (locale) => buildConsentClinicianCard({ locale, encounter: emergency, missingCorridor: false, team: TEAM }),
  },
  {
    name: "consent, clinician view, recorded three times",
    build: (locale) =>
      buildConsentClinicianCard({ locale, encounter: reRecorded(3), missingCorridor: false, team: TEAM }),
  },
  {
    name: "consent, clinician view, the oldest consent in the audit only",
    build: (locale) =>
      buildConsentClinicianCard({ locale, encounter: reRecorded(11), missingCorridor: false, team: TEAM }),
  },
  {
    name: "consent, clinician view, 500 consents then withdrawn, 490 in the audit only",
    build: (locale) =>
      buildConsentClinicianCard({
        locale,
        encounter: withdrawCurrentConsent(reRecorded(500), ORGANIZER, "2026-11-23T23:00:00.000Z"),
        missingCorridor: false,
        team: TEAM,
        notice: "saved",
      }),
  },
  {
    name: "consent, patient view, 500 consents then withdrawn",
    build: (locale) =>
      buildConsentSharedCard({
        locale,
        encounter: withdrawCurrentConsent(reRecorded(500), ORGANIZER, "2026-11-23T23:00:00.000Z"),
        configuration: D,
      }),
  },
  {
    name: "contingency, patient view, defaults",
    build: (locale) => buildContingencySharedCard({ locale, encounter: base, configuration: D }),
  },
  {
    name: "contingency, patient view, team configured, agreed",
    build: (locale) => buildContingencySharedCard({ locale, encounter: agreed, configuration: configured }),
  },
  {
    name: "contingency, patient view, switched to phone",
    build: (locale) => buildContingencySharedCard({ locale, encounter: lostThenPhone, configuration: configured }),
  },
  {
    name: "contingency, refusal for a non-clinician",
    build: (locale) => buildContingencySharedCard({ locale, encounter: base, configuration: D, notice: "refused" }),
  },
  {
    name: "contingency, clinician view, empty, no corridor",
    build: (locale) =>
      buildContingencyClinicianCard({ locale, encounter: base, configuration: D, missingCorridor: true, team: TEAM }),
  },
  {
    name: "contingency, clinician view, incomplete plan",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: planIncomplete,
        configuration: D,
        missingCorridor: false,
        team: TEAM,
        notice: "saved",
      }),
  },
  {
    name: "contingency, clinician view, incidents and phone",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: lostThenPhone,
        configuration: configured,
        missingCorridor: false,
        team: TEAM,
        notice: "outdated",
      }),
  },
  {
    name: "contingency, patient view, the lines of the patient's region",
    build: (locale) => buildContingencySharedCard({ locale, encounter: inMontreal, configuration: configured }),
  },
  {
    name: "contingency, clinician view, location confirmed, not confidential",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: notConfidential,
        configuration: configured,
        missingCorridor: false,
        team: TEAM,
        notice: "saved",
      }),
  },
  {
    name: "contingency, clinician view, location not saved: each message under its field",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: base,
        configuration: D,
        missingCorridor: false,
        team: TEAM,
        notice: "notSaved",
        locationDraft: {
          entry: { regionCode: "", confidential: "" },
          errors: {
            regionCode: locale === "en" ? "Choose the region." : "Choisissez la région.",
            confidential: locale === "en" ? "Say whether." : "Indiquez-le.",
          },
        },
      }),
  },
  {
    name: "crisis steps, recorded, region and emergency contact confirmed",
    build: (locale) => crisisSteps(locale, inCrisis),
  },
  { name: "crisis steps, resources posted", build: (locale) => crisisSteps(locale, inCrisis, true) },
  {
    name: "crisis steps, not recorded (outdated card), no region, no plan",
    build: (locale) => buildCrisisStepsCard({ locale, encounter: base, configuration: D }),
  },
  { name: "crisis steps, recorded, region not confirmed", build: (locale) => crisisSteps(locale, crisisUnlocated) },
  {
    name: "crisis resources for the patient, region confirmed",
    build: (locale) => buildCrisisResourcesCard({ locale, encounter: inCrisis, configuration: configured }),
  },
  {
    name: "crisis resources for the patient, defaults",
    build: (locale) => buildCrisisResourcesCard({ locale, encounter: crisisUnlocated, configuration: D }),
  },
  {
    name: "consent, clinician view, team to choose",
    build: (locale) =>
      buildConsentClinicianCard({
        locale,
        encounter: pendingTeam,
        missingCorridor: false,
        teamUnknown: true,
        team: PENDING,
      }),
  },
  {
    name: "consent, clinician view, the clinician's usual choices preselected",
    build: (locale) =>
      buildConsentClinicianCard({ locale, encounter: base, missingCorridor: false, team: TEAM, usual: USUAL_CONSENT }),
  },
  {
    name: "contingency, clinician view, the team's region preselected",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: base,
        configuration: { ...D, contingency: { ...D.contingency, defaultRegionCode: "04" } },
        missingCorridor: false,
        team: TEAM,
      }),
  },
  {
    name: "contingency, clinician view, no team",
    build: (locale) =>
      buildContingencyClinicianCard({
        locale,
        encounter: noTeam,
        configuration: D,
        missingCorridor: false,
        teamUnknown: true,
        team: NO_TEAM,
      }),
  },
  {
    name: "team, shared, attached",
    build: (locale) => buildTeamSharedCard({ locale, encounter: withTeam, teamName: TEAM.teamName }),
  },
  { name: "team, shared, to choose", build: (locale) => buildTeamSharedCard({ locale, encounter: pendingTeam }) },
  {
    name: "team, shared, none, refused",
    build: (locale) => buildTeamSharedCard({ locale, encounter: noTeam, notice: "refused" }),
  },
  {
    name: "team, chooser, two teams",
    build: (locale) => buildTeamChooserCard({ locale, encounter: pendingTeam, choices: TWO_TEAMS }),
  },
  {
    name: "team, chooser, saved",
    build: (locale) =>
      buildTeamChooserCard({
        locale,
        encounter: withTeam,
        teamName: TEAM.teamName,
        choices: TWO_TEAMS,
        notice: "saved",
      }),
  },
  {
    name: "team, chooser, no team of theirs",
    build: (locale) => buildTeamChooserCard({ locale, encounter: noTeam, choices: [] }),
  },
  {
    name: "connection lost steps, defaults",
    build: (locale) =>
      buildConnectionLostCard({ locale, encounter: agreed, configuration: D, at: "2026-11-23T14:20:00.000Z" }),
  },
  {
    name: "connection lost steps, team configured",
    build: (locale) =>
      buildConnectionLostCard({ locale, encounter: agreed, configuration: configured, at: "2026-11-23T14:20:00.000Z" }),
  },
];
