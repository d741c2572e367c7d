/**
 * Learners of a team (seed 003 §9), under /teams/{teamKey}:
 *   GET    learners                    pilots: the team (paged); supervisors: their learners; a learner: themselves
 *   POST   learners                    pilots: register (201), audited learner.register
 *   GET    learners/{oid}              pilot, one of its supervisors, or the learner
 *   PUT    learners/{oid}              pilots, If-Match required (428 without), audited learner.update
 *   DELETE learners/{oid}              pilots, If-Match optional, audited learner.remove
 *   PUT    learners/{oid}/designation  §9.4: one of its supervisors designates (dated now), audited designation.give
 *   DELETE learners/{oid}/designation  §9.4: one of its supervisors withdraws, audited designation.withdraw
 *   GET/PUT supervision-settings       §9.3 threshold: any member reads, pilots write, audited supervision.threshold
 */
import { Router, type Request } from "express";
import { z } from "zod";
import { EtagConflictError, ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { errorBody } from "../http/errorMiddleware.js";
import { identityOf } from "../auth/requireIdentity.js";
import type { Identity } from "../auth/tokenValidator.js";
import { diffValues, type FieldChange } from "../domain/configDiff.js";
import {
  oidSchema,
  registerLearner,
  thresholdSchema,
  updateLearner,
  validateLearnerInput,
  type Learner,
} from "../domain/learners.js";
import { designate, withdrawDesignation, type DesignationChange } from "../domain/supervision.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Services } from "../services.js";
import { MAX_LEARNERS_PER_TEAM } from "../storage/learnerRepository.js";
import { ifMatchOf } from "./preconditions.js";
import { teamKeyOf } from "./teamKeyParam.js";
import {
  isTeamPilot,
  LEARNER,
  learnerView,
  NOT_YOURS,
  readableLearner,
  requirePilot,
  SUPERVISORS_ONLY,
  type LearnerView,
} from "./supervisionAccess.js";
import { requireOnRoster } from "./rosterCheck.js";
import { peopleOf } from "./peopleNames.js";

/** Everyone a learner view mentions, for their names. */
const mentioned = (views: LearnerView[]) =>
  views.flatMap((v) => [
    v.oid,
    v.registeredBy,
    ...v.supervisors,
    ...v.designations.flatMap((d) => [d.by, d.withdrawnBy]),
  ]);

/** The people a learner's registration names must be on the team's roster. */
const rosterPeople = (input: { oid: string; supervisors: string[] }) => [
  { path: "oid", oid: input.oid },
  ...input.supervisors.map((oid, i) => ({ path: `supervisors.${i}`, oid })),
];

const pageQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  continuationToken: z.string().min(1).max(4000).optional(),
});
const settingsBody = z.strictObject({ observationThreshold: thresholdSchema });
const IF_MATCH_REQUIRED = {
  "fr-CA": "En-tête If-Match requis : rechargez l'apprenant puis renvoyez la modification avec son ETag.",
  en: "If-Match header required: reload the learner, then send the change with its ETag.",
};
const NOT_APPLICABLE = {
  "fr-CA":
    "La désignation (§9.4) concerne les résidents et les moniteurs; les étudiants suivent la règle d'observation (§9.3).",
  en: "Designation (§9.4) applies to residents and fellows; students follow the observation rule (§9.3).",
};
const TOO_MANY = {
  "fr-CA": `Une équipe peut avoir au plus ${MAX_LEARNERS_PER_TEAM} apprenants.`,
  en: `A team can have at most ${MAX_LEARNERS_PER_TEAM} learners.`,
};
const OID_MISMATCH = {
  "fr-CA": "L'identifiant du corps ne correspond pas à celui de l'adresse.",
  en: "The body's id does not match the address.",
};

function learnerOidOf(req: Request): string {
  const parsed = oidSchema.safeParse(req.params.oid);
  if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error, ["oid"]));
  return parsed.data;
}

function validInput(body: unknown) {
  const checked = validateLearnerInput(body);
  if (!checked.ok) throw new ValidationError(checked.issues);
  return checked.value;
}

const summaryOf = (l: Learner) => ({
  role: l.role,
  supervisors: l.supervisors,
  trainingSite: l.trainingSite,
  observationThreshold: l.observationThreshold ?? null,
});

export function learnersRouter(services: Services): Router {
  const router = Router();
  const audit = (who: Identity, teamKey: string, action: string, changes: FieldChange[]) =>
    services.audit.append(who.tenantId, teamKey, { at: services.now().toISOString(), by: who.userId, action, changes });
  const threshold = async (tenantId: string, teamKey: string) =>
    (await services.learners.settings(tenantId, teamKey)).observationThreshold;
  const named = async (who: Identity, stored: { learner: Learner; etag: string }, teamKey: string) => {
    const view = await learnerView(services, who.tenantId, stored, await threshold(who.tenantId, teamKey));
    return { ...view, people: await peopleOf(services, who, mentioned([view])) };
  };

  router.get("/teams/:teamKey/learners", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const q = pageQuery.safeParse(req.query);
    if (!q.success) throw new ValidationError(fieldIssues(q.error));
    const [pilot, teamThreshold] = await Promise.all([
      isTeamPilot(services, who, teamKey),
      threshold(who.tenantId, teamKey),
    ]);
    let stored: Array<{ learner: Learner; etag: string }>;
    let continuationToken: string | undefined;
    if (pilot) {
      ({ items: stored, continuationToken } = await services.learners.pageTeam(
        who.tenantId,
        teamKey,
        q.data.pageSize,
        q.data.continuationToken,
      ));
    } else {
      const [mine, self] = await Promise.all([
        services.learners.listForSupervisor(who.tenantId, teamKey, who.userId),
        services.learners.get(who.tenantId, teamKey, who.userId),
      ]);
      if (mine.length === 0 && !self) throw new ForbiddenError(NOT_YOURS);
      stored = [...(self ? [self] : []), ...mine.filter((s) => s.learner.oid !== who.userId)];
    }
    const items = await Promise.all(stored.map((s) => learnerView(services, who.tenantId, s, teamThreshold)));
    res.setHeader("Cache-Control", "no-store");
    res.json({
      items,
      ...(continuationToken ? { continuationToken } : {}),
      observationThreshold: teamThreshold,
      canManage: pilot,
      people: await peopleOf(services, who, mentioned(items)),
    });
  });

  router.post("/teams/:teamKey/learners", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    await requirePilot(services, who, teamKey);
    const input = validInput(req.body);
    await requireOnRoster(services, who.tenantId, teamKey, rosterPeople(input));
    if ((await services.learners.listTeam(who.tenantId, teamKey)).length >= MAX_LEARNERS_PER_TEAM)
      throw new ValidationError([{ path: "oid", message: TOO_MANY }], TOO_MANY);
    const learner = registerLearner(teamKey, input, who.userId, services.now().toISOString());
    const stored = await services.learners.create(who.tenantId, learner);
    await audit(who, teamKey, "learner.register", [
      { path: `learners.${learner.oid}`, before: null, after: summaryOf(learner) },
    ]);
    res
      .status(201)
      .setHeader("ETag", stored.etag)
      .json(await named(who, stored, teamKey));
  });

  router.get("/teams/:teamKey/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const stored = await readableLearner(services, who, teamKey, learnerOidOf(req));
    res.setHeader("Cache-Control", "no-store").setHeader("ETag", stored.etag);
    res.json(await named(who, stored, teamKey));
  });

  router.put("/teams/:teamKey/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const oid = learnerOidOf(req);
    await requirePilot(services, who, teamKey);
    const ifMatch = ifMatchOf(req);
    if (!ifMatch) {
      res.status(428).json(errorBody("precondition_required", IF_MATCH_REQUIRED, req));
      return;
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (body.oid !== undefined && String(body.oid).toLowerCase() !== oid)
      throw new ValidationError([{ path: "oid", message: OID_MISMATCH }], OID_MISMATCH);
    const input = validInput({ ...body, oid });
    await requireOnRoster(services, who.tenantId, teamKey, rosterPeople(input));
    const current = await services.learners.get(who.tenantId, teamKey, oid);
    if (!current) throw new NotFoundError(LEARNER);
    const etag = ifMatch === "*" ? current.etag : ifMatch;
    if (etag !== current.etag) throw new EtagConflictError();
    const next = updateLearner(current.learner, input);
    const stored =
      next === current.learner ? current : await services.learners.replace(who.tenantId, next, current.learner, etag);
    if (next !== current.learner)
      await audit(
        who,
        teamKey,
        "learner.update",
        diffValues(summaryOf(current.learner), summaryOf(next), `learners.${oid}`),
      );
    res.setHeader("ETag", stored.etag).json(await named(who, stored, teamKey));
  });

  router.delete("/teams/:teamKey/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    const oid = learnerOidOf(req);
    await requirePilot(services, who, teamKey);
    const current = await services.learners.get(who.tenantId, teamKey, oid);
    if (!current) throw new NotFoundError(LEARNER);
    const ifMatch = ifMatchOf(req);
    if (ifMatch && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
    await services.learners.delete(who.tenantId, current.learner, current.etag);
    await audit(who, teamKey, "learner.remove", [
      { path: `learners.${oid}`, before: summaryOf(current.learner), after: null },
    ]);
    res.status(204).end();
  });

  const designation =
    (
      action: "designation.give" | "designation.withdraw",
      change: (l: Learner, by: string, at: string) => DesignationChange,
    ) =>
    async (req: Request, res: import("express").Response) => {
      const who = identityOf(res);
      const teamKey = teamKeyOf(req);
      const oid = learnerOidOf(req);
      const ifMatch = ifMatchOf(req);
      for (let attempt = 1; ; attempt++) {
        const current = await services.learners.get(who.tenantId, teamKey, oid);
        if (!current) throw new ForbiddenError(SUPERVISORS_ONLY);
        const result = change(current.learner, who.userId, services.now().toISOString());
        if (!result.ok) {
          if (result.reason === "notSupervisor") throw new ForbiddenError(SUPERVISORS_ONLY);
          throw new ValidationError([{ path: "role", message: NOT_APPLICABLE }], NOT_APPLICABLE);
        }
        if (ifMatch && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
        let stored = current;
        if (result.changed) {
          try {
            stored = await services.learners.replace(who.tenantId, result.learner, current.learner, current.etag);
          } catch (error) {
            if (error instanceof EtagConflictError && !ifMatch && attempt < 5) continue;
            throw error;
          }
          const d = result.learner.designations[result.learner.designations.length - 1]!;
          await audit(who, teamKey, action, [
            {
              path: `learners.${oid}.designation`,
              before: action === "designation.give" ? null : { at: d.at, by: d.by },
              after:
                action === "designation.give"
                  ? { at: d.at, by: d.by }
                  : { at: d.at, by: d.by, withdrawnAt: d.withdrawnAt, withdrawnBy: d.withdrawnBy },
            },
          ]);
        }
        res.setHeader("ETag", stored.etag).json(await named(who, stored, teamKey));
        return;
      }
    };
  router.put("/teams/:teamKey/learners/:oid/designation", designation("designation.give", designate));
  router.delete("/teams/:teamKey/learners/:oid/designation", designation("designation.withdraw", withdrawDesignation));

  router.get("/teams/:teamKey/supervision-settings", async (req, res) => {
    const who = identityOf(res);
    const settings = await services.learners.settings(who.tenantId, teamKeyOf(req));
    if (settings.etag) res.setHeader("ETag", settings.etag);
    res
      .setHeader("Cache-Control", "no-store")
      .json({ observationThreshold: settings.observationThreshold, etag: settings.etag ?? null });
  });

  router.put("/teams/:teamKey/supervision-settings", async (req, res) => {
    const who = identityOf(res);
    const teamKey = teamKeyOf(req);
    await requirePilot(services, who, teamKey);
    const body = settingsBody.safeParse(req.body);
    if (!body.success) throw new ValidationError(fieldIssues(body.error));
    const current = await services.learners.settings(who.tenantId, teamKey);
    const ifMatch = ifMatchOf(req);
    if (ifMatch && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
    const saved = await services.learners.saveSettings(
      who.tenantId,
      teamKey,
      body.data.observationThreshold,
      current.etag,
    );
    if (saved.observationThreshold !== current.observationThreshold) {
      await audit(who, teamKey, "supervision.threshold", [
        {
          path: "supervision.observationThreshold",
          before: current.observationThreshold,
          after: saved.observationThreshold,
        },
      ]);
    }
    res.setHeader("ETag", saved.etag!).json({ observationThreshold: saved.observationThreshold, etag: saved.etag });
  });

  return router;
}
