/**
 * GET /me?team=: who the caller is (from the token) and, for a team, whether Balises is installed in it,
 * whether they are on its roster, and their roles there (a non-member has none beyond reading the MSSS
 * baseline). Contract: contract/me.ts.
 */
import { Router } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import type { RoleResolver } from "../auth/roleResolver.js";
import { meQuerySchema, type Me } from "../contract/index.js";
import { resolveRoles } from "../domain/roles.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { parseInput } from "./input.js";
import { checkTeamKey } from "./teamKeyParam.js";

export interface MeRouterDeps {
  teams: Pick<TeamRepository, "installed" | "member">;
  roles: Pick<RoleResolver, "rolesFor">;
  /** Whether tokens come from the dev identity provider (the tab then offers its persona picker). */
  devIdentity: boolean;
}

export function meRouter({ teams, roles, devIdentity }: MeRouterDeps): Router {
  const router = Router();
  router.get("/me", async (req, res) => {
    const identity = identityOf(res);
    const query = parseInput(meQuerySchema, { team: req.query.team });
    const teamKey = query.team === undefined ? undefined : checkTeamKey(query.team, "team");
    const [team, member] = teamKey
      ? await Promise.all([
          teams.installed(identity.tenantId, teamKey),
          teams.member(identity.tenantId, teamKey, identity.userId),
        ])
      : [undefined, undefined];
    const inTeam = team !== undefined && member !== undefined;
    const body: Me = {
      tenantId: identity.tenantId,
      userId: identity.userId,
      name: identity.name,
      roles: inTeam ? await roles.rolesFor(identity, teamKey) : resolveRoles([]),
      team: teamKey
        ? { groupId: teamKey, name: team?.name ?? null, installed: team !== undefined, member: inTeam }
        : null,
      devIdentity,
    };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
