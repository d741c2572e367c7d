/**
 * The views of an encounter's shared cards. Teams asks for one by the card's refresh (`*.refresh`, for the
 * clinicians in `refresh.userIds`) and anyone asks with the card's visible "Ouvrir ma vue clinicien" button
 * (`*.open`): the organiser and the clinicians recorded on the encounter get their view, everyone else the
 * patient-facing card — after a click, with a polite notice. Teams shows the answer to the caller only, so a
 * patient never sees clinician fields, and the other participants keep the card they had.
 */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { z } from "zod";
import { defineAction } from "./cardAction.js";
import { encounterIdField, loadEncounterForAction } from "./encounterActionFlow.js";
import { consentClinicianResponse, consentPatientResponse } from "./consentViews.js";
import { contingencyClinicianResponse, contingencyPatientResponse } from "./contingencyViews.js";
import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import type { BotPorts } from "../turn/botPorts.js";

type ViewPorts = Pick<
  BotPorts,
  "logger" | "devMeetingOrganizer" | "encounters" | "teamConfigs" | "teams" | "consentPreferences"
>;
/** The clinician's view, for `viewerId` (their usual choices start a blank consent form). */
type ClinicianView = (
  services: ViewPorts,
  encounter: Encounter,
  locale: Locale,
  viewerId: string,
) => Promise<AdaptiveCardInvokeResponse>;
type PatientView = (
  services: ViewPorts,
  encounter: Encounter,
  locale: Locale,
  notice?: CardNotice,
) => Promise<AdaptiveCardInvokeResponse>;

function viewAction(
  verb: string,
  clinicianView: ClinicianView,
  patientView: PatientView,
  refusal: CardNotice | undefined,
) {
  return defineAction({
    verb,
    schema: z.object({ encounterId: encounterIdField }),
    async handle(context, data, services: ViewPorts, locale) {
      const loaded = await loadEncounterForAction(context, services, locale, data.encounterId, "view");
      if ("response" in loaded) return loaded.response;
      return loaded.actor
        ? clinicianView(services, loaded.encounter, locale, loaded.actor.objectId)
        : patientView(services, loaded.encounter, locale, refusal);
    },
  });
}

export const consentRefreshAction = viewAction(
  "consent.refresh",
  consentClinicianResponse,
  consentPatientResponse,
  undefined,
);
export const consentOpenAction = viewAction(
  "consent.open",
  consentClinicianResponse,
  consentPatientResponse,
  "clinicianOnly",
);
const contingencyView: ClinicianView = (services, encounter, locale) =>
  contingencyClinicianResponse(services, encounter, locale);

export const contingencyRefreshAction = viewAction(
  "contingency.refresh",
  contingencyView,
  contingencyPatientResponse,
  undefined,
);
export const contingencyOpenAction = viewAction(
  "contingency.open",
  contingencyView,
  contingencyPatientResponse,
  "clinicianOnly",
);
