/**
 * The location section of the clinician's plan view: what was confirmed for this visit, and the choices to
 * confirm or correct it — or, after a refused entry, the choices as the clinician left them with each message
 * under its field.
 */
import { pick, type Locale } from "../../i18n/locale.js";
import { format } from "../../i18n/format.js";
import type { Encounter } from "../../domain/encounter.js";
import type { LocationEntry } from "../../domain/patientLocation.js";
import { REGION_CODES, regionLabel, type RegionCode } from "../../domain/quebecRegions.js";
import { commonStrings } from "../encounter/encounterCardParts.js";
import { quebecTime } from "../../domain/quebecTime.js";
import { LOCATION_STRINGS } from "./location.strings.js";

/** A location entry that was not recorded, with the message for each field left empty. */
export interface LocationDraft {
  entry: LocationEntry;
  errors: Partial<Record<keyof LocationEntry, string>>;
}

/**
 * `teamRegion`: the team's usual region (its configuration's `contingency.defaultRegionCode`), preselected while
 * none is confirmed for this visit, with a line asking to check it with the person — it is not recorded until then.
 */
export function locationSectionData(
  encounter: Encounter,
  locale: Locale,
  draft?: LocationDraft,
  teamRegion?: RegionCode,
) {
  const l = pick(LOCATION_STRINGS, locale);
  const { yes, no } = commonStrings(locale);
  const saved = encounter.location;
  const savedEntry: LocationEntry = saved
    ? { regionCode: saved.regionCode, confidential: saved.confidential ? "yes" : "no" }
    : { regionCode: teamRegion ?? "", confidential: "" };
  return {
    l,
    locationText: saved
      ? format(l.recorded, {
          when: quebecTime(saved.recordedAt, locale),
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
    teamRegionPreselected: !draft && !saved && teamRegion !== undefined,
    hasRegionError: draft?.errors.regionCode !== undefined,
    regionError: draft?.errors.regionCode ?? "",
    hasConfidentialError: draft?.errors.confidential !== undefined,
    confidentialError: draft?.errors.confidential ?? "",
  };
}
