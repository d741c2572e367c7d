/**
 * The tab's REST API: one router per resource, mounted under /api. Each router gets only what it uses;
 * the services behind the routes are built here from the repositories (route → service → repository).
 */
import express, { Router } from "express";
import type { IdentityServices } from "../auth/identity.js";
import { requireIdentity } from "../auth/requireIdentity.js";
import type { RoleResolver } from "../auth/roleResolver.js";
import type { Logger } from "../logger.js";
import type { ActivityCountRepository } from "../storage/activityCountRepository.js";
import type { AuditRepository } from "../storage/auditRepository.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import type { PeopleRepository } from "../storage/peopleRepository.js";
import type { TeamConfigRepository } from "../storage/teamConfigRepository.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { moveEncounterToTeam } from "../encounters/encounterTeamChange.js";
import { activityRouter } from "./activityRoutes.js";
import { ActivityService } from "./activityService.js";
import { auditRouter } from "./auditRoutes.js";
import { encounterTeamRouter } from "./encounterTeamRoutes.js";
import { EncounterTeamService } from "./encounterTeamService.js";
import { LearnerService } from "./learnerService.js";
import { learnersRouter } from "./learnersRoutes.js";
import { matrixRouter } from "./matrixRoutes.js";
import { meRouter } from "./meRoutes.js";
import { membersRouter } from "./membersRoutes.js";
import { participationRouter } from "./participationRoutes.js";
import { ParticipationService } from "./participationService.js";
import { pilotRouter } from "./pilotRoutes.js";
import { ShareService } from "./shareService.js";
import { SupervisionService } from "./supervisionService.js";
import { teamConfigRouter } from "./teamConfigRoutes.js";
import type { TeamConfigService } from "./teamConfigService.js";
import { requireTeamMember } from "./teamMembership.js";

/** What the API is built from: the repositories, the identities, the roles, the clock (services.ts has them). */
export interface ApiDeps {
  identity: Pick<IdentityServices, "validate" | "mode">;
  logger: Pick<Logger, "info" | "warn" | "error">;
  roles: Pick<RoleResolver, "rolesFor">;
  teams: TeamRepository;
  encounters: EncounterRepository;
  learners: LearnerRepository;
  teamConfigs: TeamConfigRepository;
  teamConfig: TeamConfigService;
  audit: AuditRepository;
  people: PeopleRepository;
  activityCounts: ActivityCountRepository;
  now: () => Date;
}

/** The services behind the routes, each with the ports it uses. */
export function apiServices(s: ApiDeps) {
  const { encounters, learners, audit, now } = s;
  const pilots = s.teamConfigs;
  const roster = s.teams;
  return {
    learners: new LearnerService({ learners, pilots, roster, audit, encounters, now }),
    supervision: new SupervisionService({ learners, pilots, audit, encounters, now }),
    activity: new ActivityService({ encounters, learners, teamConfigs: s.teamConfigs, now }),
    share: new ShareService({ encounters, activityCounts: s.activityCounts, now }),
    participation: new ParticipationService({ encounters, learners, pilots, roster, now }),
    encounterTeams: new EncounterTeamService({
      teams: s.teams,
      encounters,
      moveToTeam: (stored, teamKey, actor) => moveEncounterToTeam(s, stored, teamKey, actor),
      now,
    }),
  };
}

export function apiRouter(services: ApiDeps): Router {
  const api = apiServices(services);
  const names = services.people;
  const router = Router();
  router.use(express.json({ limit: "256kb" }));
  // Every /api route needs a valid token (Entra SSO or dev identity); the tenant comes from it.
  router.use(requireIdentity(services.identity, services.logger));
  router.use(matrixRouter());
  router.use(meRouter({ teams: services.teams, roles: services.roles, devIdentity: services.identity.mode === "dev" }));
  router.use(encounterTeamRouter({ encounterTeams: api.encounterTeams }));
  // A team's routes are for the members of that Teams team only (its roster, as the bot learnt it).
  router.use("/teams/:teamKey", requireTeamMember(services.teams));
  router.use(membersRouter({ teams: services.teams }));
  router.use(teamConfigRouter({ teamConfig: services.teamConfig, names, logger: services.logger }));
  router.use(pilotRouter({ teamConfig: services.teamConfig, roster: services.teams, names }));
  router.use(auditRouter({ audit: services.audit, names }));
  router.use(learnersRouter({ learners: api.learners, supervision: api.supervision, names }));
  router.use(participationRouter({ participation: api.participation }));
  router.use(activityRouter({ activity: api.activity, share: api.share, names, logger: services.logger }));
  return router;
}
