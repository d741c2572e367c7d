/**
 * The location section of the clinician's plan view: what was confirmed for this visit, and the choices to
 * confirm or correct it — or, after a refused entry, the choices as the clinician left them with each message
 * under its field.
 */
import { pick, type Locale } from "../../i18n/locale.js";
import { format } from "../../i18n/format.js";
import type { Encounter } from "../../domain/encounter.js";
import type { LocationEntry } from "../../domain/patientLocation.js";
import { REGION_CODES, regionLabel } from "../../domain/quebecRegions.js";
import { commonStrings, quebecTime } from "../encounter/encounterCardParts.js";
import { LOCATION_STRINGS } from "./location.strings.js";

/** A location entry that was not recorded, with the message for each field left empty. */
export interface LocationDraft {
  entry: LocationEntry;
  errors: Partial<Record<keyof LocationEntry, string>>;
}

export function locationSectionData(encounter: Encounter, locale: Locale, draft?: LocationDraft) {
  const l = pick(LOCATION_STRINGS, locale);
  const { yes, no } = commonStrings(locale);
  const saved = encounter.location;
  const savedEntry: LocationEntry = saved
    ? { regionCode: saved.regionCode, confidential: saved.confidential ? "yes" : "no" }
    : { regionCode: "", confidential: "" };
  return {
    l,
    locationText: saved
      ? format(l.recorded, {
          when: quebecTime(saved.recordedAt),
          region: regionLabel(saved.regionCode),
          confidential: saved.confidential ? yes.toLowerCase() : no.toLowerCase(),
        })
      : l.none,
    locationColor: saved ? "Default" : "Attention",
    notConfidential: saved?.confidential === false,
    regions: REGION_CODES.map((code) => ({ title: regionLabel(code), value: code })),
    confidentialChoices: [
      { title: yes, value: "yes" },
      { title: no, value: "no" },
    ],
    locationForm: draft?.entry ?? savedEntry,
    hasRegionError: draft?.errors.regionCode !== undefined,
    regionError: draft?.errors.regionCode ?? "",
    hasConfidentialError: draft?.errors.confidential !== undefined,
    confidentialError: draft?.errors.confidential ?? "",
  };
}
