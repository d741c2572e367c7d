/**
 * GET /teams/{groupId}/audit?continuationToken=…&pageSize=…: newest first, for the team's members, each seeing what
 * teamHistoryService.ts lets them. Each entry comes with its sentences in both languages (« Marie Tremblay a ajouté
 * le corridor … »), people by name. Contract: contract/audit.ts.
 */
import { Router } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import { auditQuerySchema, type AuditPage } from "../contract/index.js";
import { describeAuditEntry } from "../domain/auditSentences.js";
import { displayName } from "../domain/people.js";
import { parseInput } from "./input.js";
import { peopleOf, type NameDirectory } from "./peopleNames.js";
import { teamKeyOf } from "./teamKeyParam.js";
import type { TeamHistoryService } from "./teamHistoryService.js";

export interface AuditRouterDeps {
  history: Pick<TeamHistoryService, "page">;
  names: NameDirectory;
}

const OBJECT_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export function auditRouter({ history, names }: AuditRouterDeps): Router {
  const router = Router();
  router.get("/teams/:teamKey/audit", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const query = parseInput(auditQuerySchema, {
      pageSize: req.query.pageSize,
      continuationToken: req.query.continuationToken,
    });
    const page = await history.page(identity, teamKey, query.pageSize, query.continuationToken);
    // Pilots, learners and supervisors appear as object ids inside the changes: every one of them gets its name.
    const mentioned = page.items.flatMap((e) =>
      [e.by, ...(JSON.stringify(e.changes).match(OBJECT_ID) ?? [])].map((o) => o.toLowerCase()),
    );
    const people = await peopleOf(names, identity, mentioned);
    const items = page.items.map((entry) => ({
      ...entry,
      text: {
        "fr-CA": describeAuditEntry(entry, (oid) => displayName(people, oid, "fr-CA"), "fr-CA"),
        en: describeAuditEntry(entry, (oid) => displayName(people, oid, "en"), "en"),
      },
    }));
    const body: AuditPage = { ...page, items, people };
    res.setHeader("Cache-Control", "no-store").json(body);
  });
  return router;
}
