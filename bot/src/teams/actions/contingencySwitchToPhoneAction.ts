import { switchToPhone } from "../../domain/encounter.js";
import { defineAction } from "./cardAction.js";
import { applyContingencyEvent, contingencyEventSchema } from "./contingencyChange.js";
import type { BotPorts } from "../turn/botPorts.js";

/** contingency.switchToPhone — the meeting continues by phone (003 §3): the modality change is recorded once. */
export const contingencySwitchToPhoneAction = defineAction({
  verb: "contingency.switchToPhone",
  schema: contingencyEventSchema,
  handle: (
    context,
    data,
    services: Pick<BotPorts, "logger" | "now" | "devMeetingOrganizer" | "encounters" | "teamConfigs" | "teams">,
    locale,
  ) => applyContingencyEvent(context, data, services, locale, switchToPhone),
});
