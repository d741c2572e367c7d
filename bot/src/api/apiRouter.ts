import express, { Router } from "express";
import type { Services } from "../services.js";
import { matrixRouter } from "./matrixRoutes.js";
import { requireIdentity } from "../auth/requireIdentity.js";
import { meRouter } from "./meRoutes.js";
import { teamConfigRouter } from "./teamConfigRoutes.js";
import { pilotRouter } from "./pilotRoutes.js";
import { auditRouter } from "./auditRoutes.js";
import { learnersRouter } from "./learnersRoutes.js";
import { participationRouter } from "./participationRoutes.js";
import { activityRouter } from "./activityRoutes.js";
import { membersRouter } from "./membersRoutes.js";
import { requireTeamMember } from "./teamMembership.js";
import { encounterTeamRouter } from "./encounterTeamRoutes.js";

/** The tab's REST API: one router per resource, mounted under /api. */
export function apiRouter(services: Services): Router {
  const router = Router();
  router.use(express.json({ limit: "256kb" }));
  // Every /api route needs a valid token (Entra SSO or dev identity); the tenant comes from it.
  router.use(requireIdentity(services.identity, services.logger));
  router.use(matrixRouter());
  router.use(meRouter(services));
  router.use(encounterTeamRouter(services));
  // A team's routes are for the members of that Teams team only (its roster, as the bot learnt it).
  router.use("/teams/:teamKey", requireTeamMember(services));
  router.use(membersRouter(services));
  router.use(teamConfigRouter(services, services.teamConfig));
  router.use(pilotRouter(services, services.teamConfig));
  router.use(auditRouter(services));
  router.use(learnersRouter(services));
  router.use(participationRouter(services));
  router.use(activityRouter(services));
  return router;
}
