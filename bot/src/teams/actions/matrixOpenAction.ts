import { CardFactory } from "botbuilder";
import { z } from "zod";
import { buildMatrixCard } from "../../cards/matrix/matrixCard.js";
import { todayInQuebec } from "../../domain/clock.js";
import { teamContextForTurn } from "../turn/teamContext.js";
import { defineAction } from "./cardAction.js";
import { messageResponse } from "./invokeResponses.js";

const OPENED = {
  "fr-CA": "La matrice des modalités est affichée ci-dessous.",
  en: "The modality matrix is shown below.",
};

export const matrixOpenAction = defineAction({
  verb: "matrix.open",
  schema: z.object({}).loose(),
  async handle(context, _data, services, locale) {
    const { matrix, missingCorridor } = await teamContextForTurn(context, services, services.teamResolver);
    const card = buildMatrixCard({ locale, matrix, today: todayInQuebec(services.now()), missingCorridor });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    return messageResponse(OPENED[locale]);
  },
});
