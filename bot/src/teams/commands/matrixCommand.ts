import { CardFactory } from "botbuilder";
import { buildMatrixCard } from "../../cards/matrix/matrixCard.js";
import { todayInQuebec } from "../../domain/clock.js";
import type { BotCommand } from "./botCommand.js";
import { teamContextForTurn } from "../turn/teamContext.js";
import type { BotPorts } from "../turn/botPorts.js";

export const matrixCommand: BotCommand = {
  names: { "fr-CA": ["matrice", "modalite"], en: ["matrix", "modality"] },
  async handle(
    context,
    services: Pick<BotPorts, "logger" | "now" | "encounters" | "teamConfigs" | "teams" | "teamResolver">,
    locale,
  ) {
    const { matrix, missingCorridor } = await teamContextForTurn(context, services, services.teamResolver);
    const card = buildMatrixCard({ locale, matrix, today: todayInQuebec(services.now()), missingCorridor });
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  },
};
