import { describe, expect, it } from "vitest";
import { BASELINE_MATRIX, findSituation } from "../../bot/src/domain/matrix.js";
import {
  applyAdjustments,
  differencesFromBaseline,
  resetCell,
  setCell,
} from "../../bot/src/domain/matrixAdjustments.js";
import type { MatrixAdjustments } from "../../bot/src/domain/teamConfig.js";

const none: MatrixAdjustments = { cells: [], localSituations: [] };

describe("team matrix = MSSS baseline + adjustments (003 §2.3)", () => {
  // 003 §2.3: without adjustments the team sees the ministry's table.
  it("is the baseline when nothing is adjusted", () => {
    expect(applyAdjustments(none)).toEqual(BASELINE_MATRIX);
    expect(differencesFromBaseline(none)).toEqual([]);
  });

  // 003 §2.3: screening by phone is "+" in the baseline; a team may decide otherwise and the tab shows it.
  it("applies a cell adjustment and reports it as a difference from the MSSS", () => {
    const adjusted: MatrixAdjustments = {
      cells: [{ situationId: "screening", modality: "phone", rating: null }],
      localSituations: [],
    };
    expect(findSituation(applyAdjustments(adjusted), "screening")?.ratings).toEqual({
      phone: null,
      video: "++",
      inPerson: "+++",
    });
    expect(differencesFromBaseline(adjusted)).toEqual([
      { situationId: "screening", modality: "phone", baseline: "+", team: null },
    ]);
    expect(findSituation(BASELINE_MATRIX, "screening")?.ratings.phone).toBe("+");
  });

  it("appends local situations, marked local, with their own adjustments, without counting them as MSSS differences", () => {
    const adjusted: MatrixAdjustments = {
      cells: [{ situationId: "suiviPlaie", modality: "video", rating: "+++" }],
      localSituations: [
        {
          id: "suiviPlaie",
          label: { "fr-CA": "Suivi de plaie", en: "Wound follow-up" },
          ratings: { phone: null, video: "++", inPerson: "+++" },
        },
      ],
    };
    const matrix = applyAdjustments(adjusted);
    expect(matrix.situations).toHaveLength(BASELINE_MATRIX.situations.length + 1);
    expect(findSituation(matrix, "suiviPlaie")).toMatchObject({
      local: true,
      ratings: { phone: null, video: "+++", inPerson: "+++" },
    });
    expect(differencesFromBaseline(adjusted)).toEqual([]);
  });

  it("resets a cell by removing its adjustment", () => {
    const adjusted = setCell(none, "groupEducation", "video", "++");
    expect(adjusted.cells).toEqual([{ situationId: "groupEducation", modality: "video", rating: "++" }]);
    expect(resetCell(adjusted, "groupEducation", "video")).toEqual(none);
  });

  it("drops the adjustment when a cell is set back to its MSSS rating", () => {
    const adjusted = setCell(none, "groupEducation", "video", "++");
    expect(setCell(adjusted, "groupEducation", "video", "+++").cells).toEqual([]);
  });
});
