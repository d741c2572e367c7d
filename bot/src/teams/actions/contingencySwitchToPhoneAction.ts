import { switchToPhoneCommand } from "../../encounters/encounterCommandCatalog.js";
import { defineAction } from "./cardAction.js";
import { applyContingencyEvent, contingencyEventSchema } from "./contingencyChange.js";
import type { SharedCardChangePorts } from "./encounterActionFlow.js";

/** contingency.switchToPhone — the meeting continues by phone (003 §3): the modality change is recorded once. */
export const contingencySwitchToPhoneAction = defineAction({
  verb: "contingency.switchToPhone",
  schema: contingencyEventSchema,
  handle: (context, data, services: SharedCardChangePorts, locale) =>
    applyContingencyEvent(context, data, services, locale, switchToPhoneCommand),
});
