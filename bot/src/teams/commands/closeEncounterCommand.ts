import type { BotCommand } from "./botCommand.js";
import { closeEncounter } from "../../encounters/encounterLifecycle.js";
import { findCurrentEncounter } from "../../encounters/currentEncounter.js";
import { activityMeetingId, activityTenantId } from "../turn/conversationScope.js";
import { authorisedActor } from "../meeting/encounterAccess.js";
import { NOTICE_TEXT } from "../../cards/encounter/encounterCardParts.js";
import type { BotPorts } from "../turn/botPorts.js";

const NO_OPEN = {
  "fr-CA": "Aucune rencontre ouverte dans cette conversation : rien à fermer.",
  en: "No open encounter in this conversation: nothing to close.",
};

/** "note", "fin", "terminer": the clinician closes the encounter; the 24-hour note obligation follows (003 §1.1, §8.8). */
export const closeEncounterCommand: BotCommand = {
  names: { "fr-CA": ["fin", "terminer"], en: ["end"], either: ["note"] },
  async handle(
    context,
    services: Pick<BotPorts, "logger" | "now" | "devMeetingOrganizer" | "encounters" | "encounterLifecycle">,
    locale,
  ) {
    const tenantId = activityTenantId(context.activity);
    const meetingId = activityMeetingId(context.activity);
    const current =
      tenantId && meetingId ? await findCurrentEncounter(services, tenantId, meetingId, services.now()) : undefined;
    if (!current) {
      await context.sendActivity(NO_OPEN[locale]);
      return;
    }
    if (!(await authorisedActor(context, current.encounter, services))) {
      await context.sendActivity(NOTICE_TEXT.refused[locale]);
      return;
    }
    await closeEncounter(services, {
      tenantId: current.encounter.tenantId,
      encounterId: current.encounter.id,
      endedAt: services.now().toISOString(),
      closedBy: "clinician",
    });
    await context.sendActivity(NOTICE_TEXT.closed[locale]);
  },
};
