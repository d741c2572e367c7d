import { CardFactory } from "botbuilder";
import { reportConnectionLost } from "../../domain/encounter.js";
import { buildConnectionLostCard } from "../../cards/contingency/contingencyCard.js";
import { defineAction } from "./cardAction.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { applyContingencyEvent, contingencyEventSchema } from "./contingencyChange.js";
import type { SharedCardActionPorts } from "./encounterActionFlow.js";

/**
 * contingency.connectionLost — records the incident, then posts the fallback steps in the chat for
 * everyone (003 §3). A replayed click (same card revision) records nothing and posts nothing.
 */
export const contingencyConnectionLostAction = defineAction({
  verb: "contingency.connectionLost",
  schema: contingencyEventSchema,
  handle: (context, data, services: SharedCardActionPorts, locale) =>
    applyContingencyEvent(context, data, services, locale, reportConnectionLost, async (encounter, at) => {
      const { configuration } = await teamContextForEncounter(services, encounter);
      const card = buildConnectionLostCard({ locale: encounter.cardLocale ?? locale, encounter, configuration, at });
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    }),
});
