/**
 * POST /teams/{teamKey}/pilots { userId } and DELETE /teams/{teamKey}/pilots/{userId}: pilots only (the rule
 * is the service's, teamConfigService.ts); the new pilot must be on the team's roster. Contract:
 * contract/teamConfig.ts.
 */
import { Router } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import { addPilotBodySchema, pilotUserIdSchema } from "../contract/index.js";
import { parseInput } from "./input.js";
import type { NameDirectory } from "./peopleNames.js";
import { ifMatchOf } from "./preconditions.js";
import { requireOnRoster, type Roster } from "./rosterCheck.js";
import { sendView } from "./teamConfigRoutes.js";
import type { TeamConfigService } from "./teamConfigService.js";
import { teamKeyOf } from "./teamKeyParam.js";

export interface PilotRouterDeps {
  teamConfig: Pick<TeamConfigService, "addPilot" | "removePilot">;
  roster: Roster;
  names: NameDirectory;
}

export function pilotRouter({ teamConfig, roster, names }: PilotRouterDeps): Router {
  const router = Router();

  router.post("/teams/:teamKey/pilots", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const { userId } = parseInput(addPilotBodySchema, req.body);
    await requireOnRoster(roster, identity.tenantId, teamKey, [{ path: "userId", oid: userId }]);
    await sendView(names, identity, res, await teamConfig.addPilot(identity, teamKey, userId, ifMatchOf(req)));
  });

  router.delete("/teams/:teamKey/pilots/:userId", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const userId = parseInput(pilotUserIdSchema, req.params.userId, ["userId"]);
    await sendView(names, identity, res, await teamConfig.removePilot(identity, teamKey, userId, ifMatchOf(req)));
  });

  return router;
}
