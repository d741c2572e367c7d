/** GET /matrix/baseline: the MSSS §2.3 baseline with its legend (team adjustments come with the team's view). */
import { z } from "zod";
import type { Matrix } from "../domain/matrix.js";
import { MODALITIES, type Rating } from "../domain/modality.js";
import type { Localized } from "../i18n/locale.js";
import { domainValue, localizedSchema } from "./common.js";

export const baselineSchema = z.object({
  matrix: domainValue<Matrix>(),
  modalities: z.array(z.object({ id: z.enum(MODALITIES), label: localizedSchema })),
  legend: domainValue<Record<Exclude<Rating, null>, Localized>>(),
  knownPatientDefinition: localizedSchema,
  source: z.string(),
});
export type Baseline = z.infer<typeof baselineSchema>;
