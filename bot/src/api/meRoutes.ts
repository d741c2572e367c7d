import { Router } from "express";
import type { Services } from "../services.js";
import { identityOf } from "../auth/requireIdentity.js";
import { resolveRoles } from "../domain/roles.js";
import { checkTeamKey } from "./teamKeyParam.js";

/**
 * Who the caller is (from the token) and, for a team, whether Balises is installed in it, whether they are
 * on its roster, and their roles there (a non-member has none beyond reading the MSSS baseline).
 */
export function meRouter(services: Services): Router {
  const router = Router();
  router.get("/me", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = req.query.team === undefined ? undefined : checkTeamKey(req.query.team, "team");
    const [team, member] = teamKey
      ? await Promise.all([
          services.teams.installed(identity.tenantId, teamKey),
          services.teams.member(identity.tenantId, teamKey, identity.userId),
        ])
      : [undefined, undefined];
    const inTeam = team !== undefined && member !== undefined;
    res.setHeader("Cache-Control", "no-store").json({
      tenantId: identity.tenantId,
      userId: identity.userId,
      name: identity.name,
      roles: inTeam ? await services.roles.rolesFor(identity, teamKey) : resolveRoles([]),
      team: teamKey
        ? { groupId: teamKey, name: team?.name ?? null, installed: team !== undefined, member: inTeam }
        : null,
      devIdentity: services.identity.mode === "dev",
    });
  });
  return router;
}
