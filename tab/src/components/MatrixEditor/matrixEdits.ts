/**
 * Pure edits of a team's matrix adjustments: a baseline cell set back to its MSSS rating carries no
 * adjustment; a local situation's ratings are its own (it has no baseline).
 */
import type { Matrix, Situation } from "@shared/domain/matrix.js";
import type { Modality, Rating } from "@shared/domain/modality.js";
import type { MatrixAdjustments } from "@shared/domain/teamConfig.js";

export function setCellRating(
  adjustments: MatrixAdjustments,
  baseline: Matrix,
  situation: Situation,
  modality: Modality,
  rating: Rating,
): MatrixAdjustments {
  if (situation.local) {
    return {
      ...adjustments,
      localSituations: adjustments.localSituations.map((s) =>
        s.id === situation.id ? { ...s, ratings: { ...s.ratings, [modality]: rating } } : s,
      ),
    };
  }
  const others = adjustments.cells.filter((c) => !(c.situationId === situation.id && c.modality === modality));
  const msss = baseline.situations.find((s) => s.id === situation.id)?.ratings[modality];
  return {
    ...adjustments,
    cells: msss === rating ? others : [...others, { situationId: situation.id, modality, rating }],
  };
}

export function resetCell(adjustments: MatrixAdjustments, situationId: string, modality: Modality): MatrixAdjustments {
  return {
    ...adjustments,
    cells: adjustments.cells.filter((c) => !(c.situationId === situationId && c.modality === modality)),
  };
}

export function parseRating(value: string): Rating {
  return value === "+" || value === "++" || value === "+++" ? value : null;
}
