/**
 * One implementation, two doors (issue 12): what a clinician's click changes on an encounter, whether it came from a
 * card in the meeting chat (teams/actions/) or from the meeting side panel (api/encounterPanelRoutes.ts). Each door
 * finds the encounter and who clicked its own way (the Teams activity, or the tab's token); from there the steps
 * are these, and only these:
 *  - who may change it: a clinician recorded on the encounter — the organiser Teams named when it opened, or anyone
 *    who acted since — or, asked only for the others and only where the door can ask Teams, an organiser now;
 *  - the change applies only at the revision the clicker saw (`consentRev` or `planRev`), and records them on it;
 *  - once it really changed: the meeting chat's cards are updated for everyone (the consent card's update writes
 *    its events to the audit first) and the steps posted after a lost connection, by durable jobs, after the
 *    answer. While the encounter's follow-up chain is alive (encounterFollowUp.ts) the answer waits for the one
 *    conditional write only: the update is queued afterwards, the write having recorded which cards it changed for
 *    the chain to find;
 *  - a consent recorded saves the clicker's usual choices for their next form, whichever door it came from.
 * What each command changes is encounterCommandCatalog.ts.
 */
import { addClinician, isRecordedClinician, type Encounter } from "../domain/encounter.js";
import { NotFoundError } from "../errors.js";
import { loggedError, type Logger } from "../logger.js";
import type { EncounterRepository, StoredEncounter } from "../storage/encounterRepository.js";
import type { ConsentPreferences } from "../domain/consentPreferences.js";
import type { ConsentPreferenceRepository } from "../storage/consentPreferenceRepository.js";
import type { ConsentAuditTrail } from "./consentAudit.js";
import type { SharedCardKind, SharedCards } from "./sharedCardRefresh.js";
import type { ChatQueue } from "./refreshAfterAnswer.js";

export interface Actor {
  objectId: string;
  /** Teams user id (29:…), kept only for the cards' refresh.userIds. */
  teamsUserId?: string;
}

/** Who clicked: an Entra object id (none for an anonymous guest) and, when Teams says it, their 29: id. */
export interface Caller {
  objectId: string | undefined;
  teamsUserId?: string;
}

/** Does Teams say this person organises the meeting now (the bot can ask; the tab's API cannot)? */
export type OrganizerCheck = (objectId: string) => Promise<boolean>;

/** The clinician allowed to change the encounter, or undefined (patients, guests, anyone else). */
export async function encounterActor(
  encounter: Encounter,
  caller: Caller,
  isOrganizer?: OrganizerCheck,
): Promise<Actor | undefined> {
  const { objectId, teamsUserId } = caller;
  if (!objectId) return undefined;
  const actor = { objectId, teamsUserId };
  if (isRecordedClinician(encounter, objectId)) return actor;
  return isOrganizer && (await isOrganizer(objectId)) ? actor : undefined;
}

export type Outcome = "changed" | "unchanged" | "outdated";

/** What a change did, to the encounter as now stored (`version`: its stored version). */
export interface Changed {
  outcome: Outcome;
  encounter: Encounter;
  version: number;
  /** The encounter's follow-up chain is alive: what follows may be queued after the answer. */
  followUp?: boolean;
}

export type Revision = "consentRev" | "planRev";

/**
 * Applies `change` if the clicker's revision (`rev`, of the revision counter `field`) is still the record's; the
 * acting clinician is recorded on the encounter with the change. ETag conflicts re-run this check.
 */
export async function changeEncounter(
  services: { encounters: Pick<EncounterRepository, "update"> },
  loaded: StoredEncounter,
  actor: Actor,
  field: Revision,
  rev: number,
  change: (e: Encounter) => Encounter,
  cards: readonly SharedCardKind[] = [],
): Promise<Changed> {
  const { encounter } = loaded;
  const result = await services.encounters.update(
    encounter.tenantId,
    encounter.id,
    (current) => {
      if (current[field] !== rev) return current;
      const next = change(current);
      return next === current ? current : addClinician(next, actor.objectId, actor.teamsUserId);
    },
    loaded,
    cards,
  );
  if (!result) throw new NotFoundError({ "fr-CA": "rencontre", en: "encounter" });
  // The change saw `before`: a click whose revision was behind it changed nothing.
  const outdated = result.before[field] !== rev;
  const outcome = outdated ? "outdated" : result.changed ? "changed" : "unchanged";
  return { outcome, encounter: result.encounter, version: result.version, followUp: result.followUp };
}

/** One thing a clinician does to an encounter: what it changes, at which revision, and what follows. */
export interface EncounterCommand {
  /** For the logs. */
  name: string;
  revision: Revision;
  /** Pure; returns the same encounter when there is nothing to change (a replay). */
  change: (e: Encounter, by: string, at: string) => Encounter;
  /** The meeting chat's cards that show what it changes, updated for everyone afterwards. */
  cards: SharedCardKind[];
  /** A consent change: its events go to the encounter's audit (encounters/consentAudit.ts). */
  audited?: true;
  /** Posted for everyone in the meeting chat once it changed. */
  post?: (sharedCards: SharedCards, encounter: Encounter, at: string) => Promise<void>;
  /** The clicker's usual consent choices this says (domain/consentPreferences.ts), kept for their next form. */
  remember?: ConsentPreferences;
}

export interface CommandPorts {
  logger: Pick<Logger, "error">;
  now: () => Date;
  encounters: Pick<EncounterRepository, "update">;
  consentAudit: Pick<ConsentAuditTrail, "beforeChange">;
  sharedCards: SharedCards;
  /** Each clinician's usual consent choices, saved from the consents they record through either door. */
  consentPreferences: Pick<ConsentPreferenceRepository, "save">;
}

/**
 * How a door queues work for the meeting chat. The bot first remembers the chat's address when it was not yet
 * (cards posted by a command); the side panel's API finds it remembered at the meeting's start.
 */
export type MeetingChatQueue = ChatQueue;

/** Queues as is; a failure is logged and the record stands (the cards can be posted again with a command). */
export function queueAsIs(logger: Pick<Logger, "error">): MeetingChatQueue {
  return async (encounter, what, queue) => {
    try {
      await queue();
    } catch (error) {
      logger.error({ err: loggedError(error), encounterId: encounter.id, what }, "meeting chat update not queued");
    }
  };
}

/** Applies the command for `actor` at revision `rev`, then what follows a real change. */
export async function runEncounterCommand(
  ports: CommandPorts,
  chat: MeetingChatQueue,
  loaded: StoredEncounter,
  actor: Actor,
  rev: number,
  command: EncounterCommand,
): Promise<Changed> {
  const at = ports.now().toISOString();
  if (command.audited) await ports.consentAudit.beforeChange(loaded.encounter);
  const { post, cards } = command;
  const change = (e: Encounter) => command.change(e, actor.objectId, at);
  const result = await changeEncounter(ports, loaded, actor, command.revision, rev, change, cards);
  // Their practice, also when a replay changed nothing; never from a click an outdated card made. A convenience for
  // their next form: the record stands whatever happens to it.
  if (result.outcome !== "outdated" && command.remember)
    await ports.consentPreferences
      .save(loaded.encounter.tenantId, actor.objectId, command.remember, at)
      .catch((error: unknown) => ports.logger.error({ err: loggedError(error) }, "consent preferences not saved"));
  if (result.outcome !== "changed") return result;
  const { encounter, version } = result;
  if (post) await chat(encounter, command.name, () => post(ports.sharedCards, encounter, at));
  if (cards.length === 0) return result;
  if (result.followUp) ports.sharedCards.refreshAfterAnswer(encounter, version, cards, chat);
  else await chat(encounter, `refresh ${cards.join(", ")}`, () => ports.sharedCards.refresh(encounter, version, cards));
  return result;
}
