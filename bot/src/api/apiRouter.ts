import express, { Router } from "express";
import type { Services } from "../services.js";
import { matrixRouter } from "./matrixRoutes.js";
import { requireIdentity } from "../auth/requireIdentity.js";
import { TeamConfigService } from "./teamConfigService.js";
import { meRouter } from "./meRoutes.js";
import { teamConfigRouter } from "./teamConfigRoutes.js";
import { pilotRouter } from "./pilotRoutes.js";
import { auditRouter } from "./auditRoutes.js";
import { learnersRouter } from "./learnersRoutes.js";
import { participationRouter } from "./participationRoutes.js";
import { activityRouter } from "./activityRoutes.js";

/** The tab's REST API: one router per resource, mounted under /api. */
export function apiRouter(services: Services): Router {
  const router = Router();
  router.use(express.json({ limit: "256kb" }));
  // Every /api route needs a valid token (Entra SSO or dev identity); the tenant comes from it.
  router.use(requireIdentity(services.identity, services.logger));
  router.use(matrixRouter());
  const teamConfig = new TeamConfigService(services.teamConfigs, services.audit, () => services.now(), services.logger);
  router.use(meRouter(services));
  router.use(teamConfigRouter(services, teamConfig));
  router.use(pilotRouter(teamConfig));
  router.use(auditRouter(services));
  // Issue 4: supervision (learners, designations, participation) and the activity view.
  router.use(learnersRouter(services));
  router.use(participationRouter(services));
  router.use(activityRouter(services));
  return router;
}
