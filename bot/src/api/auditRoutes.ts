/** GET /teams/{teamKey}/audit?continuationToken=…&pageSize=…: newest first, readable by any member. */
import { Router } from "express";
import { z } from "zod";
import { ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Services } from "../services.js";
import { teamKeyOf } from "./teamKeyParam.js";

const query = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  continuationToken: z.string().min(1).max(4000).optional(),
});

export function auditRouter(services: Services): Router {
  const router = Router();
  router.get("/teams/:teamKey/audit", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const parsed = query.safeParse({ pageSize: req.query.pageSize, continuationToken: req.query.continuationToken });
    if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
    const page = await services.audit.page(identity.tenantId, teamKey, parsed.data.pageSize, parsed.data.continuationToken);
    res.setHeader("Cache-Control", "no-store");
    res.json(page);
  });
  return router;
}
