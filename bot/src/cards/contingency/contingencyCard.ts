/**
 * The contingency-plan card (seed 003 §3, §4): the patient-facing plan everyone sees, the clinician view
 * to confirm it and where the patient is (004), report a lost connection or a crisis, and the "connection lost"
 * steps posted in the chat.
 */
import { pick, type Locale } from "../../i18n/locale.js";
import { connectionLosses, planStanding, planStatus } from "../../domain/contingency.js";
import { validCorridors } from "../../domain/corridor.js";
import type { Encounter } from "../../domain/encounter.js";
import { organisedByEstablishment, type RegulationContext } from "../../domain/regulation2024.js";
import type { TeamConfiguration } from "../../domain/teamConfig.js";
import { crisisLines, crisisResourcesShown } from "../../domain/crisisResources.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import {
  clinicianViewButtonData,
  conditionsData,
  noticeData,
  teamLineData,
  withRefresh,
  type CardNotice,
  type EncounterTeamView,
} from "../encounter/encounterCardParts.js";
import { quebecClock, quebecTime } from "../../domain/quebecTime.js";
import { citeSource } from "../../domain/citation.js";
import {
  CONTINGENCY_CLINICIAN_STATUS,
  CONTINGENCY_CLINICIAN_STRINGS,
  CONTINGENCY_PATIENT_STRINGS,
} from "./contingency.strings.js";
import sharedTemplate from "./contingencyShared.json" with { type: "json" };
import clinicianTemplate from "./contingencyClinician.json" with { type: "json" };
import lostTemplate from "./connectionLost.json" with { type: "json" };
import { format } from "../../i18n/format.js";
import { locationSectionData, type LocationDraft } from "./locationSection.js";

export const CONTINGENCY_REFRESH_VERB = "contingency.refresh";
/** Patient-facing cards list at most this many in-person places (card size); every crisis line is listed. */
const MAX_LISTED = 5;

export interface ContingencyCardInput {
  locale: Locale;
  encounter: Encounter;
  configuration: TeamConfiguration;
  notice?: CardNotice;
}

/** The plan's steps, shared by the plan card and the "connection lost" card. */
function planSteps(input: ContingencyCardInput) {
  const { locale, configuration, encounter } = input;
  const t = pick(CONTINGENCY_PATIENT_STRINGS, locale);
  const minutes = encounter.plan?.callbackDelayMinutes ?? configuration.contingency.callbackDelayMinutes;
  const bridge = configuration.contingency.bridgeText.trim();
  const places = validCorridors(configuration)
    .slice(0, MAX_LISTED)
    .map((c) => c.name);
  return {
    t,
    // A number is "confirmed" only once the clinician ticked it (003 §3); before that, they will confirm one.
    callbackText: format(encounter.plan?.phoneVerified ? t.callback : t.callbackToConfirm, {
      minutes: String(minutes),
    }),
    dialInText: format(t.dialIn, { bridge: bridge || t.dialInDefault }),
    hasPlaces: places.length > 0,
    placesText: format(t.inPersonWhere, { places: places.join(" · ") }),
    // 004: the lines near where the person is, once the clinician confirmed the region of this visit.
    crisis: crisisLines(
      crisisResourcesShown(configuration.contingency.crisisResources, encounter.location?.regionCode),
      locale,
    ),
  };
}

/** The plan's state in each view's own words: the patient reads "avec vous", the clinician "avec la personne". */
function status(encounter: Encounter, locale: Locale, audience: "patient" | "clinician") {
  const t = pick(CONTINGENCY_PATIENT_STRINGS, locale);
  const own = audience === "patient" ? t : pick(CONTINGENCY_CLINICIAN_STATUS, locale);
  const plan = encounter.plan;
  const standing = planStanding(plan);
  const said = {
    none: own.statusNone,
    agreed: own.statusAgreed,
    contactToConfirm: own.statusContactToConfirm,
    notAgreed: own.statusNotAgreed,
  }[standing];
  const statusText = plan ? format(said, { when: quebecTime(plan.recordedAt, locale) }) : said;
  const agreed = standing === "agreed";
  return {
    statusText,
    statusStyle: agreed ? "good" : "default",
    onPhone: encounter.modality === "phone",
    phoneText: encounter.modalityChangedAt
      ? format(t.statusPhone, { when: quebecTime(encounter.modalityChangedAt, locale) })
      : "",
  };
}

export function buildContingencySharedCard(input: ContingencyCardInput): AdaptiveCard {
  const card = renderCard(sharedTemplate, {
    ...planSteps(input),
    ...noticeData(input.notice, input.locale),
    ...status(input.encounter, input.locale, "patient"),
    ...clinicianViewButtonData(input.encounter.id, input.locale),
  });
  return withRefresh(card, CONTINGENCY_REFRESH_VERB, input.encounter.id, input.encounter.refreshUserIds);
}

const flag = (v: boolean) => (v ? "true" : "false");

export function buildContingencyClinicianCard(
  input: ContingencyCardInput & RegulationContext & { team: EncounterTeamView; locationDraft?: LocationDraft },
): AdaptiveCard {
  const { locale, encounter } = input;
  const c = pick(CONTINGENCY_CLINICIAN_STRINGS, locale);
  const plan = encounter.plan;
  const state = planStatus(plan);
  // The switch to phone and crises have their own lines.
  const lost = connectionLosses(encounter.incidents);
  const last = lost[lost.length - 1];
  const shared = status(encounter, locale, "clinician");
  const card = renderCard(clinicianTemplate, {
    c,
    ...noticeData(input.notice, locale),
    ...shared,
    phoneText: encounter.modalityChangedAt
      ? format(c.modalityPhone, {
          when: quebecTime(encounter.modalityChangedAt, locale),
          source: citeSource("001", locale),
        })
      : "",
    ...conditionsData(encounter, input, locale),
    ...locationSectionData(encounter, locale, input.locationDraft, input.configuration.contingency.defaultRegionCode),
    ...teamLineData(input.team, locale),
    gaps:
      state.kind === "missing" && plan
        ? state.gaps.map((g) => ({ text: g === "agreed" ? c.gapAgreed : c.gapContact }))
        : [],
    hasIncidents: last !== undefined,
    incidentsText: last ? format(c.incidents, { count: String(lost.length), when: quebecTime(last.at, locale) }) : "",
    // The notice says condition 4 is not met: it does not apply to an establishment's activity (art. 1, last paragraph).
    missingCorridor: input.missingCorridor && !organisedByEstablishment(encounter),
    callbackDelayLabel: plan ? c.callbackDelayPlan : c.callbackDelay,
    callbackDelayText: format(c.minutes, {
      minutes: plan?.callbackDelayMinutes ?? input.configuration.contingency.callbackDelayMinutes,
    }),
    encounterId: encounter.id,
    rev: encounter.planRev,
    canSwitchToPhone: encounter.modality !== "phone",
    // As on the side panel: offered until the plan is agreed (contingency.agreedWithNumber records two facts only).
    canAgreeQuickly: state.kind !== "agreed",
    form: {
      phoneVerified: flag(plan?.phoneVerified ?? false),
      emailVerified: flag(plan?.emailVerified ?? false),
      emergencyContactConfirmed: flag(plan?.emergencyContactConfirmed ?? false),
      agreedWithPatient: flag(plan?.agreedWithPatient ?? false),
    },
  });
  return withRefresh(card, CONTINGENCY_REFRESH_VERB, encounter.id, encounter.refreshUserIds);
}

/** Posted in the meeting chat when the clinician reports a lost connection: the fallback steps, for everyone. */
export function buildConnectionLostCard(input: ContingencyCardInput & { at: string }): AdaptiveCard {
  const steps = planSteps(input);
  return renderCard(lostTemplate, {
    ...steps,
    lostIntro: format(steps.t.lostIntro, { when: quebecClock(input.at, input.locale) }),
  });
}
