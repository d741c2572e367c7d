import { connectionLostCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { applyContingencyEvent, contingencyEventSchema } from "./contingencyChange.js";
import type { SharedCardChangePorts } from "./encounterActionFlow.js";

/**
 * contingency.connectionLost — records the incident, then queues the post of the fallback steps in the chat for
 * everyone (003 §3): a job posts them right after the answer. A replayed click (same card revision) records
 * nothing and posts nothing.
 */
export const contingencyConnectionLostAction = defineAction({
  verb: "contingency.connectionLost",
  schema: contingencyEventSchema,
  handle: (context, data, services: SharedCardChangePorts, locale) =>
    applyContingencyEvent(context, data, services, locale, connectionLostCommand),
});
