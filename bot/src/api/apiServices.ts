/** The services behind the tab's routes (route → service → repository), each given the ports it uses. */
import type { EncounterRepository, StoredEncounter } from "../storage/encounterRepository.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import type { AuditRepository } from "../storage/auditRepository.js";
import type { TeamConfigRepository } from "../storage/teamConfigRepository.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import type { ActivityCountRepository } from "../storage/activityCountRepository.js";
import type { TeamChange } from "../encounters/encounterTeamChange.js";
import type { ConsentAuditTrail } from "../encounters/consentAudit.js";
import type { SharedCards } from "../encounters/sharedCardRefresh.js";
import type { Encounter } from "../domain/encounter.js";
import type { Logger } from "../logger.js";
import type { PeopleRepository } from "../storage/peopleRepository.js";
import type { ConsentPreferenceRepository } from "../storage/consentPreferenceRepository.js";
import type { NoteObligations } from "../reminders/noteObligations.js";
import { ActivityService } from "./activityService.js";
import { EncounterTeamService } from "./encounterTeamService.js";
import { EncounterPanelService } from "./encounterPanelService.js";
import type { EncounterTeamFacts } from "./encounterPanelView.js";
import { LearnerService } from "./learnerService.js";
import { MyEncountersService } from "./myEncountersService.js";
import { ParticipationService } from "./participationService.js";
import { ShareService } from "./shareService.js";
import { SupervisionService } from "./supervisionService.js";
import { TeamHistoryService } from "./teamHistoryService.js";

export interface ApiServiceDeps {
  encounters: EncounterRepository;
  learners: LearnerRepository;
  audit: AuditRepository;
  teamConfigs: TeamConfigRepository;
  teams: TeamRepository;
  activityCounts: ActivityCountRepository;
  /** The note obligations (reminders/noteObligations.ts): the personal tab files and snoozes through them. */
  notes: Pick<NoteObligations, "statusOf" | "markFiled" | "snooze">;
  now: () => Date;
  moveToTeam: (stored: StoredEncounter, teamKey: string, actor: { objectId: string }) => Promise<TeamChange>;
  /** The side panel: the encounter's team as the cards see it, the names, and what the cards' commands use. */
  teamFacts: (encounter: Encounter) => Promise<EncounterTeamFacts>;
  people: PeopleRepository;
  consentPreferences: ConsentPreferenceRepository;
  logger: Logger;
  consentAudit: ConsentAuditTrail;
  sharedCards: SharedCards;
}

export function apiServices(s: ApiServiceDeps) {
  const { encounters, learners, audit, now } = s;
  const pilots = s.teamConfigs;
  const roster = s.teams;
  return {
    learnerService: new LearnerService({ learners, pilots, roster, audit, encounters, now }),
    supervision: new SupervisionService({ learners, pilots, audit, encounters, now }),
    history: new TeamHistoryService({ audit, pilots }),
    activity: new ActivityService({ encounters, learners, teamConfigs: s.teamConfigs, now }),
    share: new ShareService({ encounters, activityCounts: s.activityCounts, now }),
    participation: new ParticipationService({ encounters, learners, pilots, roster, now }),
    encounterTeams: new EncounterTeamService({ teams: s.teams, encounters, moveToTeam: s.moveToTeam, now }),
    encounterPanel: new EncounterPanelService({
      encounters,
      teamFacts: s.teamFacts,
      names: s.people,
      preferences: s.consentPreferences,
      commands: {
        ...{ logger: s.logger, now, encounters, consentAudit: s.consentAudit, sharedCards: s.sharedCards },
        consentPreferences: s.consentPreferences,
      },
    }),
    myEncounters: new MyEncountersService({ encounters, notes: s.notes, teams: s.teams, learners, now }),
  };
}

export type ApiServices = ReturnType<typeof apiServices>;
