/**
 * Learners of a team (seed 003 §9), under /teams/{teamKey} (contract: contract/learners.ts):
 *   GET    learners                    pilots: the team (paged); supervisors: their learners; a learner: themselves
 *   POST   learners                    pilots: register (201), audited learner.register
 *   GET    learners/{oid}              pilot, one of its supervisors, or the learner
 *   PUT    learners/{oid}              pilots, If-Match required (428 without), audited learner.update
 *   DELETE learners/{oid}              pilots, If-Match optional, audited learner.remove
 *   PUT    learners/{oid}/designation  §9.4: one of its supervisors designates (dated now), audited designation.give
 *   DELETE learners/{oid}/designation  §9.4: one of its supervisors withdraws, audited designation.withdraw
 *   GET/PUT supervision-settings       §9.3 threshold: any member reads, pilots write, audited supervision.threshold
 * Routes parse the request, call the learner or supervision service, and answer with people's names.
 */
import { Router, type Request, type Response } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import type { Identity } from "../auth/tokenValidator.js";
import {
  learnerListQuerySchema,
  learnerOidSchema,
  type LearnerAnswer,
  type LearnerList,
  type LearnerView,
  type SupervisionSettings,
} from "../contract/index.js";
import { parseInput } from "./input.js";
import type { LearnerService } from "./learnerService.js";
import { mentioned } from "./learnerViews.js";
import { peopleOf, type NameDirectory } from "./peopleNames.js";
import { ifMatchOf } from "./preconditions.js";
import type { DesignationAction, SupervisionService } from "./supervisionService.js";
import { teamKeyOf } from "./teamKeyParam.js";

export interface LearnersRouterDeps {
  learners: Pick<LearnerService, "list" | "get" | "register" | "update" | "remove">;
  supervision: Pick<SupervisionService, "changeDesignation" | "settings" | "saveSettings">;
  names: NameDirectory;
}

const learnerOidOf = (req: Request): string => parseInput(learnerOidSchema, req.params.oid, ["oid"]);

function sendSettings(res: Response, settings: SupervisionSettings): void {
  if (settings.etag) res.setHeader("ETag", settings.etag);
  res.json(settings);
}

export function learnersRouter(deps: LearnersRouterDeps): Router {
  const router = Router();
  const { learners, supervision } = deps;
  const answer = async (who: Identity, view: LearnerView): Promise<LearnerAnswer> => ({
    ...view,
    people: await peopleOf(deps.names, who, mentioned([view])),
  });

  router.get("/teams/:teamKey/learners", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const list = await learners.list(who, teamKey, parseInput(learnerListQuerySchema, req.query));
    const body: LearnerList = { ...list, people: await peopleOf(deps.names, who, mentioned(list.items)) };
    res.setHeader("Cache-Control", "no-store").json(body);
  });

  router.post("/teams/:teamKey/learners", async (req, res) => {
    const who = identityOf(res);
    const view = await learners.register(who, teamKeyOf(req), req.body);
    res
      .status(201)
      .setHeader("ETag", view.etag)
      .json(await answer(who, view));
  });

  router.get("/teams/:teamKey/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const view = await learners.get(who, teamKey, learnerOidOf(req));
    res.setHeader("Cache-Control", "no-store").setHeader("ETag", view.etag);
    res.json(await answer(who, view));
  });

  router.put("/teams/:teamKey/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const oid = learnerOidOf(req);
    const view = await learners.update(who, teamKey, oid, req.body, ifMatchOf(req));
    res.setHeader("ETag", view.etag).json(await answer(who, view));
  });

  router.delete("/teams/:teamKey/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    await learners.remove(who, teamKey, learnerOidOf(req), ifMatchOf(req));
    res.status(204).end();
  });

  const designation = (action: DesignationAction) => async (req: Request, res: Response) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const oid = learnerOidOf(req);
    const view = await supervision.changeDesignation(who, teamKey, oid, action, ifMatchOf(req));
    res.setHeader("ETag", view.etag).json(await answer(who, view));
  };
  router.put("/teams/:teamKey/learners/:oid/designation", designation("designation.give"));
  router.delete("/teams/:teamKey/learners/:oid/designation", designation("designation.withdraw"));

  settingsRoutes(router, supervision);
  return router;
}

/** §9.3: the team's observation threshold. */
function settingsRoutes(router: Router, supervision: LearnersRouterDeps["supervision"]): void {
  router.get("/teams/:teamKey/supervision-settings", async (req, res) => {
    const who = identityOf(res);
    res.setHeader("Cache-Control", "no-store");
    sendSettings(res, await supervision.settings(who.tenantId, teamKeyOf(req)));
  });

  router.put("/teams/:teamKey/supervision-settings", async (req, res) => {
    const who = identityOf(res);
    sendSettings(res, await supervision.saveSettings(who, teamKeyOf(req), req.body, ifMatchOf(req)));
  });
}
