/**
 * The crisis cards (001, 004; 003 §3): the steps the clinician alone sees, answered to their click and never put
 * in the shared card, and the resources posted in the meeting chat for the patient — resources only.
 */
import { pick, type Locale } from "../../i18n/locale.js";
import { format } from "../../i18n/format.js";
import { crisisSteps } from "../../domain/crisis.js";
import { crisisLines, crisisResourcesShown } from "../../domain/crisisResources.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Incident } from "../../domain/contingency.js";
import { regionLabel } from "../../domain/quebecRegions.js";
import type { TeamConfiguration } from "../../domain/teamConfig.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import { quebecClock } from "../../domain/quebecTime.js";
import { CONTINGENCY_PATIENT_STRINGS } from "./contingency.strings.js";
import { CRISIS_CLINICIAN_STRINGS, CRISIS_PATIENT_STRINGS } from "./crisis.strings.js";
import stepsTemplate from "./crisisSteps.json" with { type: "json" };
import resourcesTemplate from "./crisisResources.json" with { type: "json" };

export interface CrisisCardInput {
  locale: Locale;
  encounter: Encounter;
  configuration: TeamConfiguration;
}

/**
 * The clinician's steps, from what Balises recorded: `crisis`, the incident they are for (none: not recorded);
 * `posted`, the resources were just queued for the chat.
 */
export function buildCrisisStepsCard(input: CrisisCardInput & { crisis?: Incident; posted?: boolean }): AdaptiveCard {
  const { locale, encounter } = input;
  const t = pick(CRISIS_CLINICIAN_STRINGS, locale);
  const steps = crisisSteps(encounter, input.configuration.contingency.crisisResources, input.crisis);
  const region = steps.region ? regionLabel(steps.region) : undefined;
  return renderCard(stepsTemplate, {
    t,
    hasNotice: input.posted === true,
    notice: input.posted ? t.posted : "",
    statusText: steps.recorded ? format(t.recorded, { time: quebecClock(steps.recorded.at, locale) }) : t.notRecorded,
    emergencyText: region ? format(t.emergencyWithRegion, { region }) : t.emergencyAskWhere,
    contactText: steps.emergencyContactAuthorised ? t.contactAuthorised : t.contactNotConfirmed,
    linesText: region ? format(t.linesForRegion, { region }) : t.linesAllRegions,
    crisis: crisisLines(steps.resources, locale),
    recorded: steps.recorded !== undefined,
    recordedAt: steps.recorded?.at ?? "",
    encounterId: encounter.id,
    rev: encounter.planRev,
  });
}

/** Posted in the meeting chat for the patient: the lines serving the region of this visit, 9-1-1 first. */
export function buildCrisisResourcesCard(input: CrisisCardInput): AdaptiveCard {
  const { locale, encounter, configuration } = input;
  const resources = crisisResourcesShown(configuration.contingency.crisisResources, encounter.location?.regionCode);
  return renderCard(resourcesTemplate, {
    title: CRISIS_PATIENT_STRINGS.title[locale],
    intro: CONTINGENCY_PATIENT_STRINGS.crisisTitle[locale],
    crisis: crisisLines(resources, locale),
  });
}
