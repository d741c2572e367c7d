/**
 * A team's matrix = the MSSS §2.3 baseline (seed 003 §2.3) + the team's cell adjustments + its local
 * situations. The baseline is never changed; differences are computed against it so the tab can show
 * what the team changed, and resetting a cell removes its adjustment.
 */
import { BASELINE_MATRIX, type Matrix, type Situation } from "./matrix.js";
import { MODALITIES, type Modality, type Rating } from "./modality.js";
import type { MatrixAdjustments, MatrixCellAdjustment } from "./teamConfig.js";

export interface MatrixDifference {
  situationId: string;
  modality: Modality;
  baseline: Rating;
  team: Rating;
}

function applyCells(situation: Situation, cells: readonly MatrixCellAdjustment[]): Situation {
  const mine = cells.filter((c) => c.situationId === situation.id);
  if (mine.length === 0) return situation;
  const ratings = { ...situation.ratings };
  for (const cell of mine) ratings[cell.modality] = cell.rating;
  return { ...situation, ratings };
}

export function applyAdjustments(adjustments: MatrixAdjustments, baseline: Matrix = BASELINE_MATRIX): Matrix {
  const local: Situation[] = adjustments.localSituations.map((s) => ({
    id: s.id,
    label: s.label,
    ratings: { ...s.ratings },
    ...(s.note ? { note: s.note } : {}),
    local: true,
  }));
  return { situations: [...baseline.situations, ...local].map((s) => applyCells(s, adjustments.cells)) };
}

/** Cells of baseline situations where the team's rating differs from the MSSS one. */
export function differencesFromBaseline(
  adjustments: MatrixAdjustments,
  baseline: Matrix = BASELINE_MATRIX,
): MatrixDifference[] {
  const team = applyAdjustments(adjustments, baseline);
  const out: MatrixDifference[] = [];
  for (const base of baseline.situations) {
    const mine = team.situations.find((s) => s.id === base.id);
    if (!mine) continue;
    for (const modality of MODALITIES) {
      if (mine.ratings[modality] !== base.ratings[modality]) {
        out.push({ situationId: base.id, modality, baseline: base.ratings[modality], team: mine.ratings[modality] });
      }
    }
  }
  return out;
}

/** Back to the MSSS rating (or to the local situation's own rating): the adjustment disappears. */
export function resetCell(adjustments: MatrixAdjustments, situationId: string, modality: Modality): MatrixAdjustments {
  return {
    ...adjustments,
    cells: adjustments.cells.filter((c) => !(c.situationId === situationId && c.modality === modality)),
  };
}

/** Sets a cell; setting a baseline cell back to its MSSS rating removes the adjustment instead. */
export function setCell(
  adjustments: MatrixAdjustments,
  situationId: string,
  modality: Modality,
  rating: Rating,
  baseline: Matrix = BASELINE_MATRIX,
): MatrixAdjustments {
  const without = resetCell(adjustments, situationId, modality);
  const base = baseline.situations.find((s) => s.id === situationId);
  if (base && base.ratings[modality] === rating) return without;
  return { ...without, cells: [...without.cells, { situationId, modality, rating }] };
}
