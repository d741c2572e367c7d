/**
 * The encounter as the side panel shows it (contract/encounterPanel.ts): what the domain says of it — the four
 * conditions of the 2024 regulation, the consent's and the plan's status with their gaps, the §2.3 follow-up —
 * as codes the tab puts in words. The forms start from the current record, with the consent card's defaults.
 */
import type { EncounterPanel, People, TeamRef } from "../contract/index.js";
import { activeConsent, consentEntryOf, currentConsent } from "../domain/consent.js";
import { connectionLosses, planStatus } from "../domain/contingency.js";
import { crisisSteps, lastCrisis } from "../domain/crisis.js";
import { currentConsentStatus, summarize, type Encounter } from "../domain/encounter.js";
import { regulationConditions, type RegulationContext } from "../domain/regulation2024.js";
import type { CrisisResource } from "../domain/teamConfig.js";
import type { RegionCode } from "../domain/quebecRegions.js";
import { entryFromPreferences, type ConsentPreferences } from "../domain/consentPreferences.js";

/** What the panel needs of the encounter's team (its configuration or Balises' defaults). */
export interface EncounterTeamFacts extends RegulationContext {
  team: TeamRef | null;
  callbackDelayMinutes: number;
  crisisResources: readonly CrisisResource[];
  defaultRegionCode?: RegionCode;
}

/** Everyone the panel names: who recorded what, the clinicians, the learners. */
export function panelPeople(e: Encounter): (string | undefined)[] {
  return [
    currentConsent(e.consents)?.recordedBy,
    e.plan?.recordedBy,
    e.location?.recordedBy,
    ...e.clinicianIds,
    ...(e.learners ?? []).map((l) => l.learnerId),
  ];
}

function consentPart(e: Encounter, usual: ConsentPreferences | undefined): EncounterPanel["consent"] {
  const record = currentConsent(e.consents);
  const status = currentConsentStatus(e);
  const active = activeConsent(e.consents);
  return {
    status: status.kind,
    gaps: status.kind === "missing" && record ? status.gaps : [],
    recordedAt: record?.recordedAt ?? null,
    recordedBy: record?.recordedBy ?? null,
    withdrawnAt: record?.withdrawnAt ?? null,
    form: consentEntryOf(active),
    remembered: usual ? entryFromPreferences(usual) : null,
  };
}

function planPart(e: Encounter, team: EncounterTeamFacts): EncounterPanel["plan"] {
  const { plan } = e;
  const status = planStatus(plan);
  return {
    agreed: status.kind === "agreed",
    gaps: status.kind === "missing" && plan ? status.gaps : [],
    recordedAt: plan?.recordedAt ?? null,
    callbackDelayMinutes: plan?.callbackDelayMinutes ?? team.callbackDelayMinutes,
    form: {
      phoneVerified: plan?.phoneVerified ?? false,
      emailVerified: plan?.emailVerified ?? false,
      emergencyContactConfirmed: plan?.emergencyContactConfirmed ?? false,
      agreedWithPatient: plan?.agreedWithPatient ?? false,
    },
  };
}

/** The crisis steps' facts (001, 004; 003 §3), the resources those serving the region recorded for this visit. */
function crisisPart(e: Encounter, team: EncounterTeamFacts): EncounterPanel["crisis"] {
  const crisis = lastCrisis(e);
  const steps = crisisSteps(e, team.crisisResources, crisis);
  return {
    recordedAt: crisis?.at ?? null,
    regionCode: steps.region ?? null,
    emergencyContactAuthorised: steps.emergencyContactAuthorised,
    resources: steps.resources,
  };
}

/** `usual`: the caller's remembered consent choices, offered to start their form. */
export function encounterPanelView(
  e: Encounter,
  team: EncounterTeamFacts,
  people: People,
  usual?: ConsentPreferences,
): EncounterPanel {
  const lost = connectionLosses(e.incidents);
  const summary = summarize(e);
  return {
    id: e.id,
    status: e.status,
    startedAt: e.startedAt,
    endedAt: e.endedAt ?? null,
    closedBy: e.closedBy ?? null,
    modality: e.modality,
    modalityChangedAt: e.modalityChangedAt ?? null,
    team: team.team,
    consentRev: e.consentRev,
    planRev: e.planRev,
    conditions: regulationConditions(e, team),
    consent: consentPart(e, usual),
    physicalPresenceRequired: e.physicalPresenceRequired ?? null,
    plan: planPart(e, team),
    defaultRegionCode: team.defaultRegionCode ?? null,
    location: e.location
      ? { regionCode: e.location.regionCode, confidential: e.location.confidential, recordedAt: e.location.recordedAt }
      : null,
    incidents: { connectionLost: lost.length, lastAt: lost[lost.length - 1]?.at ?? null },
    crisis: crisisPart(e, team),
    newPatient: e.newPatient ? { vulnerable: e.newPatient.vulnerable } : null,
    inPersonFollowUpDue: summary.inPersonFollowUpDue ?? null,
    inPersonFollowUpOffered: summary.inPersonFollowUpOffered ?? null,
    learners: summary.learners ?? [],
    clinicians: e.clinicianIds,
    people,
  };
}
