/**
 * GET /teams/{groupId}/members?search=&limit= — the team's staff roster for the people picker (pilots,
 * learners, supervisors are chosen here, never typed as object ids). Members only (teamMembership.ts).
 */
import { Router } from "express";
import { z } from "zod";
import { ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Services } from "../services.js";
import { teamKeyOf } from "./teamKeyParam.js";

const query = z.object({
  search: z.string().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();

export function membersRouter(services: Pick<Services, "teams">): Router {
  const router = Router();
  router.get("/teams/:teamKey/members", async (req, res) => {
    const who = identityOf(res);
    const q = query.safeParse(req.query);
    if (!q.success) throw new ValidationError(fieldIssues(q.error));
    const wanted = fold(q.data.search.trim());
    const members = (await services.teams.members(who.tenantId, teamKeyOf(req)))
      .filter((m) => m.name !== "" && (wanted === "" || fold(m.name).includes(wanted)))
      .sort((a, b) => a.name.localeCompare(b.name, "fr-CA"));
    res.setHeader("Cache-Control", "no-store");
    res.json({ items: members.slice(0, q.data.limit), total: members.length });
  });
  return router;
}
