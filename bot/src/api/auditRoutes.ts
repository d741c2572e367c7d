/**
 * GET /teams/{groupId}/audit?continuationToken=…&pageSize=…: newest first, for the team's members. Each entry
 * comes with its sentences in both languages (« Marie Tremblay a ajouté le corridor … »), people by name.
 */
import { Router } from "express";
import { z } from "zod";
import { ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import { describeAuditEntry } from "../domain/auditSentences.js";
import { displayName } from "../domain/people.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Services } from "../services.js";
import { peopleOf } from "./peopleNames.js";
import { teamKeyOf } from "./teamKeyParam.js";

const query = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  continuationToken: z.string().min(1).max(4000).optional(),
});

const OBJECT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function auditRouter(services: Services): Router {
  const router = Router();
  router.get("/teams/:teamKey/audit", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const parsed = query.safeParse({ pageSize: req.query.pageSize, continuationToken: req.query.continuationToken });
    if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
    const page = await services.audit.page(
      identity.tenantId,
      teamKey,
      parsed.data.pageSize,
      parsed.data.continuationToken,
    );
    // Pilots, learners and supervisors appear as object ids inside the changes: every one of them gets its name.
    const mentioned = page.items.flatMap((e) =>
      [e.by, ...(JSON.stringify(e.changes).match(OBJECT_ID) ?? [])].map((o) => o.toLowerCase()),
    );
    const people = await peopleOf(services, identity, mentioned);
    const items = page.items.map((entry) => ({
      ...entry,
      text: {
        "fr-CA": describeAuditEntry(entry, (oid) => displayName(people, oid, "fr-CA"), "fr-CA"),
        en: describeAuditEntry(entry, (oid) => displayName(people, oid, "en"), "en"),
      },
    }));
    res.setHeader("Cache-Control", "no-store");
    res.json({ ...page, items, people });
  });
  return router;
}
