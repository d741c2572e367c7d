/**
 * What the bot's handlers may use, given by the composition root. Each command, card action and meeting
 * handler declares the few of these it really uses (`Pick<BotPorts, …>`), so its dependencies read at a glance.
 */
import type { ConsentAuditTrail } from "../../encounters/consentAudit.js";
import type { EncounterLifecycle } from "../../encounters/encounterLifecycle.js";
import type { SharedCards } from "../../encounters/sharedCardRefresh.js";
import type { Logger } from "../../logger.js";
import type { NoteObligations } from "../../reminders/noteObligations.js";
import type { ConsentPreferenceRepository } from "../../storage/consentPreferenceRepository.js";
import type { ConversationReferenceRepository } from "../../storage/conversationReferenceRepository.js";
import type { EncounterRepository } from "../../storage/encounterRepository.js";
import type { TeamConfigRepository } from "../../storage/teamConfigRepository.js";
import type { TeamRepository } from "../../storage/teamRepository.js";
import type { TeamResolver } from "./teamContext.js";

export interface BotPorts {
  logger: Logger;
  now: () => Date;
  /** Development only (refused in production): the organiser when Teams' meeting APIs are unavailable. */
  devMeetingOrganizer: string | undefined;
  encounters: EncounterRepository;
  encounterLifecycle: EncounterLifecycle;
  conversations: ConversationReferenceRepository;
  teamConfigs: TeamConfigRepository;
  teams: TeamRepository;
  /** Writes consent events to the audit, after the answer. */
  consentAudit: ConsentAuditTrail;
  notes: NoteObligations;
  /** Finds the Entra group id of a channel's team. */
  teamResolver: TeamResolver;
  /** Queues the update of an encounter's cards for everyone in the meeting chat (after the answer). */
  sharedCards: SharedCards;
  /** Each clinician's usual consent choices: their consent form starts from them, a consent recorded saves them. */
  consentPreferences: Pick<ConsentPreferenceRepository, "get" | "save">;
}
