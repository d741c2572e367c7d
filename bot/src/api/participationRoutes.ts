/**
 * A learner's part in an encounter (seed 003 §9.3, §9.4), from the tab (the side panel or the activity view):
 *   PUT    /encounters/{encounterId}/learners/{oid}   { participation: observed|wasObserved|led, atTrainingSite? }
 *   DELETE /encounters/{encounterId}/learners/{oid}
 * Allowed: a clinician recorded on the encounter, a pilot of its team, or a supervisor of that learner.
 * And the §2.3 new-patient fact the activity view's follow-up date comes from (nothing else records it yet):
 *   PUT    /encounters/{encounterId}/new-patient   { vulnerable: boolean }   a clinician of the encounter or a pilot
 *   DELETE /encounters/{encounterId}/new-patient
 *   PUT    /encounters/{encounterId}/follow-up-offered   { offered: boolean }   the same people: the follow-up was
 *          offered to the patient (it is then no longer due), or that record was a mistake
 * Contract: contract/encounters.ts; rules: participationService.ts.
 */
import { Router, type Request } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import {
  followUpOfferedBodySchema,
  learnerOidSchema,
  newPatientBodySchema,
  participationBodySchema,
} from "../contract/index.js";
import { parseInput } from "./input.js";
import type { ParticipationService } from "./participationService.js";

export interface ParticipationRouterDeps {
  participation: Pick<ParticipationService, "record" | "remove" | "setNewPatient" | "setFollowUpOffered">;
}

const encounterIdOf = (req: Request) => String(req.params.encounterId ?? "");
const learnerOidOf = (req: Request) => parseInput(learnerOidSchema, req.params.oid, ["oid"]);

export function participationRouter({ participation }: ParticipationRouterDeps): Router {
  const router = Router();

  router.put("/encounters/:encounterId/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    const part = parseInput(participationBodySchema, req.body);
    res.json(await participation.record(who, encounterIdOf(req), learnerOidOf(req), part));
  });

  router.delete("/encounters/:encounterId/learners/:oid", async (req, res) => {
    const who = identityOf(res);
    res.json(await participation.remove(who, encounterIdOf(req), learnerOidOf(req)));
  });

  router.put("/encounters/:encounterId/new-patient", async (req, res) => {
    const who = identityOf(res);
    const { vulnerable } = parseInput(newPatientBodySchema, req.body);
    res.json(await participation.setNewPatient(who, encounterIdOf(req), vulnerable));
  });

  router.delete("/encounters/:encounterId/new-patient", async (req, res) => {
    res.json(await participation.setNewPatient(identityOf(res), encounterIdOf(req), undefined));
  });

  router.put("/encounters/:encounterId/follow-up-offered", async (req, res) => {
    const who = identityOf(res);
    const { offered } = parseInput(followUpOfferedBodySchema, req.body);
    res.json(await participation.setFollowUpOffered(who, encounterIdOf(req), offered));
  });

  return router;
}
