/** GET /matrix/baseline: the MSSS §2.3 baseline with its legend (contract: contract/matrix.ts). */
import { Router } from "express";
import type { Baseline } from "../contract/index.js";
import { BASELINE_MATRIX, KNOWN_PATIENT_DEFINITION } from "../domain/matrix.js";
import { MODALITIES, MODALITY_LABELS, RATING_LEGEND } from "../domain/modality.js";

/** The MSSS §2.3 baseline with its legend; team adjustments are layered on by the team configuration. */
export function matrixRouter(): Router {
  const router = Router();
  router.get("/matrix/baseline", (_req, res) => {
    const body: Baseline = {
      matrix: BASELINE_MATRIX,
      modalities: MODALITIES.map((id) => ({ id, label: MODALITY_LABELS[id] })),
      legend: RATING_LEGEND,
      knownPatientDefinition: KNOWN_PATIENT_DEFINITION,
      source: "MSSS, Orientations ministérielles en télésanté, §2.3",
    };
    res.json(body);
  });
  return router;
}
