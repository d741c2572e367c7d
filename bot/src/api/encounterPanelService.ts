/**
 * The meeting side panel's door to an encounter (issue 12). The tab knows its meeting from the Teams context (the
 * meeting id, as encounterTeamService.ts finds the meeting's team); the encounter is the meeting's latest, read
 * under the token's tenant. Only the clinicians recorded on it see or change it — the organiser Teams named when
 * it opened, and everyone who acted since (from a card, where Teams is asked for co-organisers, or here): the API
 * cannot ask Teams, so a co-organiser who never acted records something from a card once first. Changes are the cards' own commands,
 * run by encounters/encounterCommands.ts: same revision check, audit and meeting chat updates.
 */
import type { Identity } from "../auth/tokenValidator.js";
import type { EncounterPanelAnswer } from "../contract/index.js";
import type { Encounter } from "../domain/encounter.js";
import { crisisResourcesBodySchema } from "../contract/index.js";
import { NO_SUCH_CRISIS, postCrisisResources } from "../encounters/crisisResourcesPost.js";
import { encounterActor, queueAsIs, runEncounterCommand, type CommandPorts } from "../encounters/encounterCommands.js";
import { ForbiddenError, NotFoundError, RevisionConflictError, ValidationError } from "../errors.js";
import type { Localized } from "../i18n/locale.js";
import type { ConsentPreferenceRepository } from "../storage/consentPreferenceRepository.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { PanelAction } from "./encounterPanelActions.js";
import { encounterPanelView, panelPeople, type EncounterTeamFacts } from "./encounterPanelView.js";
import { parseInput } from "./input.js";
import { peopleOf, type NameDirectory } from "./peopleNames.js";

export interface EncounterPanelPorts {
  encounters: Pick<EncounterRepository, "latestForMeeting" | "get">;
  /** The encounter's team as the cards see it (teams/turn/teamContext.ts, given by the composition root). */
  teamFacts: (encounter: Encounter) => Promise<EncounterTeamFacts>;
  names: NameDirectory;
  commands: CommandPorts;
  /** Each clinician's usual consent choices, read for their answers (the consent command saves them). */
  preferences: Pick<ConsentPreferenceRepository, "get">;
}

const ENCOUNTER: Localized = { "fr-CA": "rencontre", en: "encounter" };
const CLINICIANS_ONLY: Localized = {
  "fr-CA":
    "Seules la personne qui organise la réunion et les membres du personnel clinique inscrits à la rencontre la voient ici. Vous coorganisez la réunion? Consignez une première information depuis votre vue clinicien, sur une carte de la conversation de la réunion : vous serez alors inscrit ou inscrite à la rencontre.",
  en: "Only the meeting organiser and the clinicians recorded on the encounter see it here. Co-organising the meeting? Record something once from your clinician view, on a card in the meeting chat: you will then be recorded on the encounter.",
};

export class EncounterPanelService {
  constructor(private readonly ports: EncounterPanelPorts) {}

  /** The meeting's current encounter for one of its clinicians; none yet before the meeting started. */
  async meetingPanel(who: Identity, meetingId: string): Promise<EncounterPanelAnswer> {
    const latest = await this.ports.encounters.latestForMeeting(who.tenantId, meetingId);
    if (!latest) return { meetingId, encounter: null };
    await this.actorOf(who, latest.encounter);
    return this.answer(who, latest.encounter);
  }

  /** One of the panel's actions on the encounter, for one of its clinicians (the body is read once they may). */
  async act(who: Identity, encounterId: string, action: PanelAction, body: unknown): Promise<EncounterPanelAnswer> {
    // A fresh read: the authorisation must see clinicians recorded by another instance.
    const stored = await this.ports.encounters.get(who.tenantId, encounterId);
    if (!stored) throw new NotFoundError(ENCOUNTER);
    const actor = await this.actorOf(who, stored.encounter);
    const input = parseInput(action.schema, body);
    const at = this.ports.commands.now().toISOString();
    const team = () => this.ports.teamFacts(stored.encounter);
    const command = await action.command(input, { by: actor.objectId, at, team });
    const chat = queueAsIs(this.ports.commands.logger);
    const result = await runEncounterCommand(this.ports.commands, chat, stored, actor, action.rev(input), command);
    if (result.outcome === "outdated") throw new RevisionConflictError();
    return this.answer(who, result.encounter);
  }

  /**
   * The crisis steps' "post the resources" (001, 004): queued for the meeting chat as from the card, for a crisis
   * recorded on this encounter. Nothing changes on the encounter, so no revision: a second click posts nothing more.
   */
  async postCrisisResources(who: Identity, encounterId: string, body: unknown): Promise<EncounterPanelAnswer> {
    const stored = await this.ports.encounters.get(who.tenantId, encounterId);
    if (!stored) throw new NotFoundError(ENCOUNTER);
    await this.actorOf(who, stored.encounter);
    const { at } = parseInput(crisisResourcesBodySchema, body);
    const chat = queueAsIs(this.ports.commands.logger);
    const crisis = await postCrisisResources(this.ports.commands.sharedCards, chat, stored.encounter, at);
    if (!crisis) throw new ValidationError([{ path: "at", message: NO_SUCH_CRISIS }], NO_SUCH_CRISIS);
    return this.answer(who, stored.encounter);
  }

  private async actorOf(who: Identity, encounter: Encounter) {
    const actor = await encounterActor(encounter, { objectId: who.userId });
    if (!actor) throw new ForbiddenError(CLINICIANS_ONLY);
    return actor;
  }

  private async answer(who: Identity, encounter: Encounter): Promise<EncounterPanelAnswer> {
    const [team, people, usual] = await Promise.all([
      this.ports.teamFacts(encounter),
      peopleOf(this.ports.names, who, panelPeople(encounter)),
      this.ports.preferences.get(who.tenantId, who.userId),
    ]);
    return { meetingId: encounter.meetingId, encounter: encounterPanelView(encounter, team, people, usual) };
  }
}
