/**
 * The meeting side panel (issue 12), for the clinicians recorded on the meeting's encounter:
 *   GET  /meetings/{meetingId}/encounter            the current encounter (null before the meeting started)
 *   POST /encounters/{encounterId}/consent           record consent              { consentRev, …the card's fields }
 *   POST /encounters/{encounterId}/consent/withdraw  the patient withdraws it    { consentRev }
 *   POST /encounters/{encounterId}/physical-presence condition 2                 { consentRev, required }
 *   POST /encounters/{encounterId}/plan              agree the contingency plan  { planRev, phoneVerified, … }
 *   POST /encounters/{encounterId}/location          where the patient is        { planRev, regionCode, confidential }
 *   POST /encounters/{encounterId}/connection-lost   "Connexion perdue"          { planRev }
 *   POST /encounters/{encounterId}/phone             switch to phone             { planRev }
 *   POST /encounters/{encounterId}/crisis            "Situation de crise"        { planRev }
 *   POST /encounters/{encounterId}/crisis/resources  post the crisis resources   { at: the crisis recorded }
 * Each answer is the encounter as the panel shows it. 403 for anyone but its clinicians, 404 for an encounter
 * unknown in the caller's tenant, 400 for a body the card would refuse, 409 for a revision the record has moved
 * past (nothing changed: the panel shows the current state).
 * The panel polls the GET: its ETag names the answer's content (not a storage version: changes name their
 * revision in the body, as the cards do), and If-None-Match with it answers 304 while nothing changed.
 * Contract: contract/encounterPanel.ts; rules: encounterPanelService.ts and encounters/encounterCommands.ts.
 */
import { createHash } from "node:crypto";
import { Router, type Response } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import type { EncounterPanelAnswer } from "../contract/index.js";
import { PANEL_ACTIONS } from "./encounterPanelActions.js";
import type { EncounterPanelService } from "./encounterPanelService.js";
import { meetingIdOf } from "./meetingIdParam.js";

export interface EncounterPanelRouterDeps {
  encounterPanel: Pick<EncounterPanelService, "meetingPanel" | "act" | "postCrisisResources">;
}

function contentTag(answer: EncounterPanelAnswer): string {
  return `"${createHash("sha256").update(JSON.stringify(answer)).digest("base64url").slice(0, 32)}"`;
}

function send(res: Response, answer: EncounterPanelAnswer): string {
  const tag = contentTag(answer);
  res.setHeader("Cache-Control", "no-store").setHeader("ETag", tag);
  return tag;
}

export function encounterPanelRouter({ encounterPanel }: EncounterPanelRouterDeps): Router {
  const router = Router();

  router.get("/meetings/:meetingId/encounter", async (req, res) => {
    const answer = await encounterPanel.meetingPanel(identityOf(res), meetingIdOf(req));
    const tag = send(res, answer);
    if (req.get("if-none-match")?.trim() === tag) res.status(304).end();
    else res.json(answer);
  });

  for (const action of PANEL_ACTIONS)
    router.post(`/encounters/:encounterId/${action.path}`, async (req, res) => {
      const answer = await encounterPanel.act(identityOf(res), req.params.encounterId, action, req.body);
      send(res, answer);
      res.json(answer);
    });

  router.post("/encounters/:encounterId/crisis/resources", async (req, res) => {
    const answer = await encounterPanel.postCrisisResources(identityOf(res), req.params.encounterId, req.body);
    send(res, answer);
    res.json(answer);
  });

  return router;
}
