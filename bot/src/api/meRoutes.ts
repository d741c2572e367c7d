import { Router } from "express";
import type { Services } from "../services.js";
import { identityOf } from "../auth/requireIdentity.js";
import { checkTeamKey } from "./teamKeyParam.js";

/** Who the caller is (from the token) and their roles in a team. */
export function meRouter(services: Services): Router {
  const router = Router();
  router.get("/me", async (req, res) => {
    const identity = identityOf(res);
    const team = req.query.team === undefined ? undefined : checkTeamKey(req.query.team, "team");
    res.json({
      tenantId: identity.tenantId,
      userId: identity.userId,
      name: identity.name,
      roles: await services.roles.rolesFor(identity, team),
      devIdentity: services.identity.mode === "dev",
    });
  });
  return router;
}
