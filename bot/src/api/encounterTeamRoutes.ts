/**
 * Which team a private meeting belongs to, from the tab (meeting tab, personal tab):
 *   GET  /me/teams                      the caller's teams where Balises is installed, and their remembered team
 *   PUT  /me/preferred-team { teamKey } the team of the caller's next private meetings (one of theirs)
 *   GET  /meetings/{meetingId}/team     the meeting's encounter and its team (for its clinicians and the team's members)
 *   PUT  /meetings/{meetingId}/team     the organiser/clinician attaches the meeting to one of their teams
 *   PUT  /encounters/{encounterId}/team an encounter's clinician attaches it to one of their teams
 *   GET  /me/encounters-without-team    the caller's recent encounters (MY_ENCOUNTERS_DAYS) still with no team
 * Contract: contract/encounters.ts and contract/me.ts; rules: encounterTeamService.ts.
 */
import { Router } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import { teamChoiceBodySchema } from "../contract/index.js";
import type { EncounterTeamService } from "./encounterTeamService.js";
import { parseInput } from "./input.js";
import { meetingIdOf } from "./meetingIdParam.js";

export interface EncounterTeamRouterDeps {
  encounterTeams: Pick<
    EncounterTeamService,
    "myTeams" | "setPreferredTeam" | "meetingView" | "setMeetingTeam" | "setEncounterTeam" | "withoutTeam"
  >;
}

export function encounterTeamRouter({ encounterTeams }: EncounterTeamRouterDeps): Router {
  const router = Router();

  router.get("/me/teams", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store").json(await encounterTeams.myTeams(identityOf(res)));
  });

  router.put("/me/preferred-team", async (req, res) => {
    const who = identityOf(res);
    const { teamKey } = parseInput(teamChoiceBodySchema, req.body);
    res.json(await encounterTeams.setPreferredTeam(who, teamKey));
  });

  router.get("/me/encounters-without-team", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store").json(await encounterTeams.withoutTeam(identityOf(res)));
  });

  router.get("/meetings/:meetingId/team", async (req, res) => {
    const view = await encounterTeams.meetingView(identityOf(res), meetingIdOf(req));
    res.setHeader("Cache-Control", "no-store").json(view);
  });

  router.put("/meetings/:meetingId/team", async (req, res) => {
    const who = identityOf(res);
    const meetingId = meetingIdOf(req);
    const { teamKey } = parseInput(teamChoiceBodySchema, req.body);
    res.json(await encounterTeams.setMeetingTeam(who, meetingId, teamKey));
  });

  router.put("/encounters/:encounterId/team", async (req, res) => {
    const who = identityOf(res);
    res.json(await encounterTeams.setEncounterTeam(who, req.params.encounterId, req.body));
  });

  return router;
}
