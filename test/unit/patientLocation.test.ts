import { describe, expect, it } from "vitest";
import { recordLocation } from "../../bot/src/domain/encounter.js";
import { locationFromEntry } from "../../bot/src/domain/patientLocation.js";
import { QUEBEC_REGIONS, REGION_CODES, regionLabel, regionsNamedBy } from "../../bot/src/domain/quebecRegions.js";
import { confirmedLocation, openEncounter, ORGANIZER } from "../support/contingencyFixtures.js";

const OID = ORGANIZER.aadObjectId;
const AT = "2026-11-23T14:01:00.000Z";
const e0 = openEncounter();

describe("where the patient is for this visit (004; 003 §3)", () => {
  // 004: the administrative region only — the 17 regions of Québec, never an address or a municipality.
  it("knows the 17 administrative regions, coded 01 to 17", () => {
    expect(REGION_CODES).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1).padStart(2, "0")));
    expect(regionLabel("06")).toBe("06 — Montréal");
    expect(QUEBEC_REGIONS["11"]).toBe("Gaspésie–Îles-de-la-Madeleine");
  });

  // 004: both answers are required; nothing is assumed for a choice left empty.
  it("records a region and a confidentiality answer, and names each one missing", () => {
    expect(locationFromEntry({ regionCode: "04", confidential: "no" }, OID, AT)).toEqual({
      location: { regionCode: "04", confidential: false, recordedBy: OID, recordedAt: AT },
    });
    expect(locationFromEntry({ regionCode: "", confidential: "yes" }, OID, AT)).toEqual({
      problems: { regionCode: true },
    });
    expect(locationFromEntry({ regionCode: "", confidential: "" }, OID, AT)).toEqual({
      problems: { regionCode: true, confidential: true },
    });
  });

  // 003 §3: a contingency change like the plan: it bumps the plan's revision; the same answer again is no change.
  it("is recorded on the encounter once; a correction replaces it", () => {
    const location = confirmedLocation();
    const once = recordLocation(e0, location);
    expect(once.location).toEqual(location);
    expect(once.planRev).toBe(e0.planRev + 1);
    expect(recordLocation(once, { ...location, recordedAt: "2026-11-23T14:05:00.000Z" })).toBe(once);
    const corrected = recordLocation(once, { ...location, regionCode: "13" });
    expect(corrected.location?.regionCode).toBe("13");
    expect(corrected.planRev).toBe(once.planRev + 1);
  });
});

describe("the regions a team's crisis line is for (004: resources near where the person is)", () => {
  it("reads a region by its name, with or without accents and dashes, or by its code", () => {
    expect(regionsNamedBy("Mauricie")).toEqual(["04"]);
    expect(regionsNamedBy("montreal")).toEqual(["06"]);
    expect(regionsNamedBy("Saguenay-Lac-St-Jean")).toEqual(["02"]);
    expect(regionsNamedBy("Région 13")).toEqual(["13"]);
  });

  it("reads every region a text names (a CIUSSS serving two regions)", () => {
    expect(regionsNamedBy("Mauricie et Centre-du-Québec")).toEqual(["04", "17"]);
  });

  it("names no region for Québec-wide or unknown words, so such a line is never hidden", () => {
    expect(regionsNamedBy("Québec")).toEqual([]);
    expect(regionsNamedBy("Tout le Québec")).toEqual([]);
    expect(regionsNamedBy("Nord-du-Québec")).toEqual(["10"]);
    expect(regionsNamedBy("Secteur ouest")).toEqual([]);
  });
});
