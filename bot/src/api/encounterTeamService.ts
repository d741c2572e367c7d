/**
 * Which team a private meeting belongs to, as the tab asks and changes it. Before the meeting started (no
 * encounter yet) the choice is kept for the meeting and honoured at start only if the organiser is a member
 * of that team (domain/teams.ts assignTeam). Once an encounter exists, only its clinicians move it.
 */
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import {
  teamChoiceBodySchema,
  type EncountersWithoutTeam,
  type EncounterTeamAnswer,
  type MeetingTeamView,
  type MyTeams,
} from "../contract/index.js";
import { isRecordedClinician, type Encounter } from "../domain/encounter.js";
import { MY_ENCOUNTERS_DAYS } from "../domain/myEncounters.js";
import { canChooseTeam, normalizeGroupId } from "../domain/teams.js";
import type { TeamChange } from "../encounters/encounterTeamChange.js";
import type { Localized } from "../i18n/locale.js";
import type { EncounterRepository, StoredEncounter } from "../storage/encounterRepository.js";
import type { TeamRecord, TeamRepository } from "../storage/teamRepository.js";
import { parseInput } from "./input.js";
import { recentEncounters } from "./recentEncounters.js";

export interface EncounterTeamServicePorts {
  teams: Pick<
    TeamRepository,
    "teamsOf" | "preferredTeam" | "setPreferredTeam" | "meetingTeam" | "setMeetingTeam" | "get"
  >;
  encounters: Pick<EncounterRepository, "latestForMeeting" | "get" | "readIndex">;
  /** encounters/encounterTeamChange.ts: the one implementation for the card, the side panel and the tab. */
  moveToTeam: (stored: StoredEncounter, teamKey: string, actor: { objectId: string }) => Promise<TeamChange>;
  now: () => Date;
}

const NOT_YOUR_TEAM: Localized = {
  "fr-CA": "Choisissez une de vos équipes Teams où Balises est installé.",
  en: "Choose one of your teams in Teams where Balises is installed.",
};
const CLINICIANS_ONLY: Localized = {
  "fr-CA":
    "L'équipe d'une rencontre est choisie par la personne qui l'organise ou par un membre du personnel clinique inscrit à la rencontre.",
  en: "Only the organiser and the clinicians recorded on the encounter choose its team.",
};
const ENCOUNTER: Localized = { "fr-CA": "rencontre", en: "encounter" };
const MAX_LISTED = 50;
/** Rows read at most: a clinician's MY_ENCOUNTERS_DAYS stay far below it. */
const MAX_READ = 2000;

const teamOf = (t: TeamRecord) => ({ groupId: t.groupId, name: t.name });
const notYourTeam = () => new ValidationError([{ path: "teamKey", message: NOT_YOUR_TEAM }], NOT_YOUR_TEAM);

export class EncounterTeamService {
  constructor(private readonly ports: EncounterTeamServicePorts) {}

  async myTeams(who: Identity): Promise<MyTeams> {
    const [teams, preferred] = await Promise.all([
      this.teamsOf(who),
      this.ports.teams.preferredTeam(who.tenantId, who.userId),
    ]);
    return {
      items: teams.map(teamOf),
      preferred: teams.some((t) => t.groupId === preferred) ? (preferred ?? null) : null,
    };
  }

  async setPreferredTeam(who: Identity, teamKey: string): Promise<MyTeams> {
    const groupId = await this.chosenTeam(who, teamKey);
    await this.ports.teams.setPreferredTeam(who.tenantId, who.userId, groupId, this.ports.now().toISOString());
    return this.myTeams(who);
  }

  /** What the caller may see of a meeting: its encounter and team if they are one of its clinicians or a member of its team. */
  async meetingView(who: Identity, meetingId: string): Promise<MeetingTeamView> {
    const [latest, mine, planned] = await Promise.all([
      this.ports.encounters.latestForMeeting(who.tenantId, meetingId),
      this.teamsOf(who),
      this.ports.teams.meetingTeam(who.tenantId, meetingId),
    ]);
    const e: Encounter | undefined = latest?.encounter;
    const clinician = e !== undefined && isRecordedClinician(e, who.userId);
    const teamKey = e ? e.teamKey : planned?.groupId;
    const visible =
      clinician ||
      (teamKey !== undefined && mine.some((t) => t.groupId === teamKey)) ||
      (!e && planned?.by === who.userId);
    const team = visible && teamKey ? await this.ports.teams.get(who.tenantId, teamKey) : undefined;
    return {
      meetingId,
      encounter: e && visible ? { id: e.id, startedAt: e.startedAt, status: e.status } : null,
      team: team ? teamOf(team.team) : null,
      source: visible ? (e?.teamSource ?? (teamKey ? "chosen" : "none")) : null,
      canChange: mine.length > 0 && (e ? clinician : true),
      choices: mine.map(teamOf),
    };
  }

  /** The organiser or a clinician attaches the meeting (its encounter, or its next one) to one of their teams. */
  async setMeetingTeam(who: Identity, meetingId: string, teamKey: string): Promise<MeetingTeamView> {
    const groupId = await this.chosenTeam(who, teamKey);
    const latest = await this.ports.encounters.latestForMeeting(who.tenantId, meetingId);
    if (latest) {
      if (!isRecordedClinician(latest.encounter, who.userId)) throw new ForbiddenError(CLINICIANS_ONLY);
      await this.ports.moveToTeam(latest, groupId, { objectId: who.userId });
    } else {
      const at = this.ports.now().toISOString();
      await this.ports.teams.setMeetingTeam(who.tenantId, meetingId, groupId, who.userId, at);
      await this.ports.teams.setPreferredTeam(who.tenantId, who.userId, groupId, this.ports.now().toISOString());
    }
    return this.meetingView(who, meetingId);
  }

  /** An encounter's clinician attaches it to one of their teams (the body is read once the caller may). */
  async setEncounterTeam(who: Identity, encounterId: string, body: unknown): Promise<EncounterTeamAnswer> {
    const stored = await this.ports.encounters.get(who.tenantId, encounterId);
    if (!stored) throw new NotFoundError(ENCOUNTER);
    if (!isRecordedClinician(stored.encounter, who.userId)) throw new ForbiddenError(CLINICIANS_ONLY);
    const groupId = await this.chosenTeam(who, parseInput(teamChoiceBodySchema, body).teamKey);
    const change = await this.ports.moveToTeam(stored, groupId, { objectId: who.userId });
    if (change.kind === "notYourTeam") throw notYourTeam();
    const team = await this.ports.teams.get(who.tenantId, groupId);
    return {
      encounterId: change.encounter.id,
      team: team ? teamOf(team.team) : null,
      source: change.encounter.teamSource ?? "chosen",
    };
  }

  /** The caller's encounters of the days « Mes rencontres » covers that still have no team, newest first. */
  async withoutTeam(who: Identity): Promise<EncountersWithoutTeam> {
    const source = { by: "clinician", oid: who.userId } as const;
    const recent = await recentEncounters(
      this.ports.encounters,
      who.tenantId,
      source,
      this.ports.now(),
      MY_ENCOUNTERS_DAYS,
      MAX_READ,
    );
    const items = recent
      .filter((s) => !s.teamKey)
      .slice(0, MAX_LISTED)
      .map((s) => ({ encounterId: s.encounterId, startedAt: s.startedAt, status: s.status }));
    return { items, choices: (await this.teamsOf(who)).map(teamOf) };
  }

  private teamsOf(who: Identity): Promise<TeamRecord[]> {
    return this.ports.teams.teamsOf(who.tenantId, who.userId);
  }

  /** One of the caller's teams where Balises is installed, by its group id. */
  private async chosenTeam(who: Identity, teamKey: string): Promise<string> {
    const mine = await this.teamsOf(who);
    const groupId = normalizeGroupId(teamKey);
    if (
      !groupId ||
      !canChooseTeam(
        mine.map((t) => t.groupId),
        groupId,
      )
    )
      throw notYourTeam();
    return groupId;
  }
}
