/**
 * GET /teams/{groupId}/members?search=&limit= — the team's staff roster for the people picker (pilots,
 * learners, supervisors are chosen here, never typed as object ids). Members only (teamMembership.ts).
 * Contract: contract/me.ts. A read with no rule of its own: the route reads the roster port directly.
 */
import { Router } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import { membersQuerySchema, type MemberPage } from "../contract/index.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { parseInput } from "./input.js";
import { teamKeyOf } from "./teamKeyParam.js";

export interface MembersRouterDeps {
  teams: Pick<TeamRepository, "members">;
}

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function membersRouter({ teams }: MembersRouterDeps): Router {
  const router = Router();
  router.get("/teams/:teamKey/members", async (req, res) => {
    const who = identityOf(res);
    const q = parseInput(membersQuerySchema, req.query);
    const wanted = fold(q.search.trim());
    const members = (await teams.members(who.tenantId, teamKeyOf(req)))
      .filter((m) => m.name !== "" && (wanted === "" || fold(m.name).includes(wanted)))
      .sort((a, b) => a.name.localeCompare(b.name, "fr-CA"));
    const body: MemberPage = { items: members.slice(0, q.limit), total: members.length };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
