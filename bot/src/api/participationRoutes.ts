/**
 * A learner's part in an encounter (seed 003 §9.3, §9.4), from the tab (the side panel or the activity view):
 *   PUT    /encounters/{encounterId}/learners/{oid}   { participation: observed|wasObserved|led, atTrainingSite? }
 *   DELETE /encounters/{encounterId}/learners/{oid}
 * Allowed: a clinician recorded on the encounter, a pilot of its team, or a supervisor of that learner.
 * The learner must be registered in the encounter's team. Stored on the encounter (index rows follow).
 * And the §2.3 new-patient fact the activity view's follow-up date comes from (nothing else records it yet):
 *   PUT    /encounters/{encounterId}/new-patient   { vulnerable: boolean }   a clinician of the encounter or a pilot
 *   DELETE /encounters/{encounterId}/new-patient
 */
import { Router, type Request } from "express";
import { z } from "zod";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import type { Identity } from "../auth/tokenValidator.js";
import { isRecordedClinician, summarize, type Encounter } from "../domain/encounter.js";
import { isSupervisorOf, oidSchema, type Learner } from "../domain/learners.js";
import {
  PARTICIPATIONS,
  removeParticipation,
  setParticipation,
  type LearnerParticipation,
} from "../domain/supervision.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Localized } from "../i18n/locale.js";
import type { Services } from "../services.js";
import { isTeamPilot, LEARNER } from "./supervisionAccess.js";

const ENCOUNTER: Localized = { "fr-CA": "rencontre", en: "encounter" };
const NO_TEAM: Localized = {
  "fr-CA": "Cette rencontre n'est liée à aucune équipe : les apprenants s'inscrivent par équipe.",
  en: "This encounter is not linked to a team: learners are registered per team.",
};
const NOT_ALLOWED: Localized = {
  "fr-CA":
    "Seuls les cliniciens de la rencontre, les pilotes de l'équipe et les superviseurs de l'apprenant consignent sa participation.",
  en: "Only the encounter's clinicians, the team's pilots and the learner's supervisors record a learner's part.",
};
const TOO_MANY: Localized = {
  "fr-CA": "Trop d'apprenants sur cette rencontre.",
  en: "Too many learners on this encounter.",
};

const body = z.strictObject({ participation: z.enum(PARTICIPATIONS), atTrainingSite: z.boolean().optional() });
const newPatientBody = z.strictObject({ vulnerable: z.boolean() });
const CLINICIANS_ONLY: Localized = {
  "fr-CA":
    "Seuls les cliniciens de la rencontre et les pilotes de l'équipe consignent qu'il s'agit d'un nouveau patient.",
  en: "Only the encounter's clinicians and the team's pilots record that this is a new patient.",
};

async function authorised(
  services: Services,
  who: Identity,
  req: Request,
): Promise<{ encounter: Encounter; learner: Learner; teamKey: string }> {
  const encounterId = String(req.params.encounterId ?? "");
  const oid = oidSchema.safeParse(req.params.oid);
  if (!oid.success) throw new ValidationError(fieldIssues(oid.error, ["oid"]));
  const stored = await services.encounters.get(who.tenantId, encounterId);
  if (!stored) throw new NotFoundError(ENCOUNTER);
  const teamKey = stored.encounter.teamKey;
  if (!teamKey) throw new ValidationError([{ path: "encounterId", message: NO_TEAM }], NO_TEAM);
  const [pilot, learner, member] = await Promise.all([
    isTeamPilot(services, who, teamKey),
    services.learners.get(who.tenantId, teamKey, oid.data),
    services.teams.member(who.tenantId, teamKey, who.userId),
  ]);
  // A pilot's or supervisor's say over the team's learners lasts while they are on the team's roster.
  const allowed =
    isRecordedClinician(stored.encounter, who.userId) ||
    (member !== undefined && (pilot || (learner !== undefined && isSupervisorOf(learner.learner, who.userId))));
  if (!allowed) throw new ForbiddenError(NOT_ALLOWED);
  if (!learner) throw new NotFoundError(LEARNER);
  return { encounter: stored.encounter, learner: learner.learner, teamKey };
}

const partsOf = (e: Encounter) =>
  (e.learners ?? []).map(({ learnerId, role, participation, atTrainingSite }) => ({
    learnerId,
    role,
    participation,
    ...(atTrainingSite !== undefined ? { atTrainingSite } : {}),
  }));

export function participationRouter(services: Services): Router {
  const router = Router();

  router.put("/encounters/:encounterId/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const parsed = body.safeParse(req.body);
    if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
    const { encounter, learner } = await authorised(services, who, req);
    const part: LearnerParticipation = {
      learnerId: learner.oid,
      role: learner.role,
      participation: parsed.data.participation,
      ...(parsed.data.atTrainingSite !== undefined ? { atTrainingSite: parsed.data.atTrainingSite } : {}),
      recordedBy: who.userId,
      recordedAt: services.now().toISOString(),
    };
    const result = await services.encounters.update(who.tenantId, encounter.id, (e) => {
      const next = setParticipation(e.learners ?? [], part);
      if (next === "tooMany") throw new ValidationError([{ path: "oid", message: TOO_MANY }], TOO_MANY);
      return next === e.learners ? e : { ...e, learners: next };
    });
    if (!result) throw new NotFoundError(ENCOUNTER);
    res.json({ encounterId: encounter.id, learners: partsOf(result.encounter) });
  });

  router.delete("/encounters/:encounterId/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const { encounter, learner } = await authorised(services, who, req);
    const result = await services.encounters.update(who.tenantId, encounter.id, (e) => {
      const next = removeParticipation(e.learners ?? [], learner.oid);
      return next === e.learners || (next.length === 0 && !e.learners) ? e : { ...e, learners: next };
    });
    if (!result) throw new NotFoundError(ENCOUNTER);
    res.json({ encounterId: encounter.id, learners: partsOf(result.encounter) });
  });

  const newPatient = async (who: Identity, req: Request, fact: (e: Encounter) => Encounter) => {
    const stored = await services.encounters.get(who.tenantId, String(req.params.encounterId ?? ""));
    if (!stored) throw new NotFoundError(ENCOUNTER);
    const teamKey = stored.encounter.teamKey;
    const allowed =
      isRecordedClinician(stored.encounter, who.userId) ||
      (teamKey !== undefined &&
        (await isTeamPilot(services, who, teamKey)) &&
        (await services.teams.member(who.tenantId, teamKey, who.userId)) !== undefined);
    if (!allowed) throw new ForbiddenError(CLINICIANS_ONLY);
    const result = await services.encounters.update(who.tenantId, stored.encounter.id, fact);
    if (!result) throw new NotFoundError(ENCOUNTER);
    const e = result.encounter;
    return {
      encounterId: e.id,
      newPatient: e.newPatient ? { vulnerable: e.newPatient.vulnerable } : null,
      inPersonFollowUpDue: summarize(e).inPersonFollowUpDue ?? null,
    };
  };

  router.put("/encounters/:encounterId/new-patient", async (req, res) => {
    const who = identityOf(res);
    const parsed = newPatientBody.safeParse(req.body);
    if (!parsed.success) throw new ValidationError(fieldIssues(parsed.error));
    const at = services.now().toISOString();
    res.json(
      await newPatient(who, req, (e) =>
        e.newPatient?.vulnerable === parsed.data.vulnerable
          ? e
          : { ...e, newPatient: { vulnerable: parsed.data.vulnerable, recordedBy: who.userId, recordedAt: at } },
      ),
    );
  });

  router.delete("/encounters/:encounterId/new-patient", async (req, res) => {
    const who = identityOf(res);
    res.json(
      await newPatient(who, req, (e) => {
        if (!e.newPatient) return e;
        const { newPatient: _dropped, ...rest } = e;
        return rest;
      }),
    );
  });

  return router;
}
