import { z } from "zod";
import { buildMatrixCard } from "../../cards/matrix/matrixCard.js";
import { todayInQuebec } from "../../domain/clock.js";
import { findSituation } from "../../domain/matrix.js";
import { recommend, type RecommendationInput } from "../../domain/recommendation.js";
import { teamContextForTurn } from "../turn/teamContext.js";
import { defineAction } from "./cardAction.js";
import { cardResponse, errorResponse } from "./invokeResponses.js";
import { toggle } from "./cardFlags.js";
import type { BotPorts } from "../turn/botPorts.js";

const schema = z.object({
  situationId: z.string().max(80).default(""),
  physicalExamNeeded: toggle,
  patientRefuses: toggle,
  patientReluctant: toggle,
  equityBarriers: toggle,
  vulnerable: toggle,
  reoriented: toggle,
  patientKnownToSetting: toggle,
  problemKnownToSetting: toggle,
  patientWishesInPerson: toggle,
  visitDate: z.union([z.iso.date(), z.literal("")]).optional(),
});

const SITUATION_REQUIRED = { "fr-CA": "Choisissez une situation du patient.", en: "Choose a patient situation." };

export const matrixRecommendAction = defineAction({
  verb: "matrix.recommend",
  schema,
  async handle(
    context,
    data,
    services: Pick<BotPorts, "logger" | "now" | "encounters" | "teamConfigs" | "teams" | "teamResolver">,
    locale,
  ) {
    const { matrix, missingCorridor } = await teamContextForTurn(context, services, services.teamResolver);
    if (!findSituation(matrix, data.situationId))
      return errorResponse("situation_required", SITUATION_REQUIRED[locale]);
    const form: RecommendationInput = {
      situationId: data.situationId,
      physicalExamNeeded: data.physicalExamNeeded,
      patientRefuses: data.patientRefuses,
      patientReluctant: data.patientReluctant,
      equityBarriers: data.equityBarriers,
      vulnerable: data.vulnerable,
      visitDate: data.visitDate || undefined,
      reoriented: data.reoriented
        ? {
            patientKnownToSetting: data.patientKnownToSetting,
            problemKnownToSetting: data.problemKnownToSetting,
            patientWishesInPerson: data.patientWishesInPerson,
          }
        : undefined,
    };
    const today = todayInQuebec(services.now());
    const recommendation = recommend(matrix, { ...form, visitDate: form.visitDate ?? today });
    return cardResponse(buildMatrixCard({ locale, matrix, today, form, recommendation, missingCorridor }));
  },
});
