/**
 * The tab's REST API: one router per resource, mounted under /api. Each router gets only what it uses.
 */
import express, { Router } from "express";
import { jsonBodiesOnly } from "../http/jsonBodiesOnly.js";
import type { IdentityServices } from "../auth/identity.js";
import { requireIdentity } from "../auth/requireIdentity.js";
import type { RoleResolver } from "../auth/roleResolver.js";
import type { Logger } from "../logger.js";
import type { PeopleRepository } from "../storage/peopleRepository.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { activityRouter } from "./activityRoutes.js";
import { auditRouter } from "./auditRoutes.js";
import { encounterTeamRouter } from "./encounterTeamRoutes.js";
import { encounterPanelRouter } from "./encounterPanelRoutes.js";
import { learnersRouter } from "./learnersRoutes.js";
import { matrixRouter } from "./matrixRoutes.js";
import { meRouter } from "./meRoutes.js";
import { membersRouter } from "./membersRoutes.js";
import { myEncountersRouter } from "./myEncountersRoutes.js";
import { participationRouter } from "./participationRoutes.js";
import { pilotRouter } from "./pilotRoutes.js";
import { teamConfigRouter } from "./teamConfigRoutes.js";
import type { TeamConfigService } from "./teamConfigService.js";
import { requireTeamMember } from "./teamMembership.js";
import type { ApiServices } from "./apiServices.js";

/** What the routes are given: identities, roles, the roster, names, the services (composition.ts builds them). */
export interface ApiDeps extends ApiServices {
  identity: Pick<IdentityServices, "validate" | "mode">;
  logger: Pick<Logger, "info" | "warn" | "error">;
  roles: Pick<RoleResolver, "rolesFor">;
  teams: TeamRepository;
  people: PeopleRepository;
  teamConfig: TeamConfigService;
}

export function apiRouter(d: ApiDeps): Router {
  const names = d.people;
  const router = Router();
  router.use(jsonBodiesOnly, express.json({ limit: "256kb" }));
  // Every /api route needs a valid token (Entra SSO or dev identity); the tenant comes from it.
  router.use(requireIdentity(d.identity));
  router.use(matrixRouter());
  router.use(meRouter({ teams: d.teams, roles: d.roles, devIdentity: d.identity.mode === "dev" }));
  router.use(encounterTeamRouter({ encounterTeams: d.encounterTeams }));
  router.use(encounterPanelRouter({ encounterPanel: d.encounterPanel }));
  router.use(myEncountersRouter({ myEncounters: d.myEncounters, names }));
  // A team's routes are for the members of that Teams team only (its roster, as the bot learnt it).
  router.use("/teams/:teamKey", requireTeamMember(d.teams));
  router.use(membersRouter({ teams: d.teams }));
  router.use(teamConfigRouter({ teamConfig: d.teamConfig, names, logger: d.logger }));
  router.use(pilotRouter({ teamConfig: d.teamConfig, roster: d.teams, names }));
  router.use(auditRouter({ history: d.history, names }));
  router.use(learnersRouter({ learners: d.learnerService, supervision: d.supervision, names }));
  router.use(participationRouter({ participation: d.participation }));
  router.use(activityRouter({ activity: d.activity, share: d.share, names, logger: d.logger }));
  return router;
}
