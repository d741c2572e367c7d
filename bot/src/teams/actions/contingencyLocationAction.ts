import { z } from "zod";
import { entryProblems, problemTexts } from "../../domain/entryProblems.js";
import { LOCATION_ENTRY_MESSAGES, locationFromEntry, type LocationEntry } from "../../domain/patientLocation.js";
import { REGION_CODES } from "../../domain/quebecRegions.js";
import { recordLocationCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { encounterIdField, revField, runCardCommand, type SharedCardChangePorts } from "./encounterActionFlow.js";
import { answerContingencyChange, contingencyClinicianResponse } from "./contingencyViews.js";
import { loadForContingencyClinician } from "./contingencyChange.js";

/** An Input.ChoiceSet left empty sends "" or nothing; any other value than the card's choices is refused at the edge. */
const schema = z.object({
  encounterId: encounterIdField,
  rev: revField,
  regionCode: z.union([z.enum(REGION_CODES), z.literal("")]).default(""),
  confidentialPlace: z.enum(["yes", "no", ""]).default(""),
});

/**
 * contingency.location — where the patient is for this visit (004; 003 §3): the administrative region and whether
 * they can speak confidentially there, confirmed by the clinician. With a choice left empty nothing is saved and
 * the clinician gets their view back as they filled it, the message under the field.
 */
export const contingencyLocationAction = defineAction({
  verb: "contingency.location",
  schema,
  async handle(context, data, services: SharedCardChangePorts, locale) {
    const loaded = await loadForContingencyClinician(context, services, locale, data.encounterId, "change");
    if ("response" in loaded) return loaded.response;
    const { actor } = loaded;
    const entry: LocationEntry = { regionCode: data.regionCode, confidential: data.confidentialPlace };
    const confirmed = locationFromEntry(entry, actor.objectId, services.now().toISOString());
    if ("problems" in confirmed) {
      const draft = { entry, errors: problemTexts(entryProblems(confirmed.problems, LOCATION_ENTRY_MESSAGES), locale) };
      return contingencyClinicianResponse(services, loaded.encounter, locale, "notSaved", draft);
    }
    const command = recordLocationCommand(confirmed.location);
    const result = await runCardCommand(context, services, loaded.stored, actor, data.rev, command);
    return answerContingencyChange(services, result, locale);
  },
});
