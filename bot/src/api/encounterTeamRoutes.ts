/**
 * Which team a private meeting belongs to, from the tab (meeting tab, personal tab):
 *   GET  /me/teams                      the caller's teams where Balises is installed, and their remembered team
 *   PUT  /me/preferred-team { teamKey } the team of the caller's next private meetings (one of theirs)
 *   GET  /meetings/{meetingId}/team     the meeting's encounter and its team (for its clinicians and the team's members)
 *   PUT  /meetings/{meetingId}/team     the organiser/clinician attaches the meeting to one of their teams
 *   PUT  /encounters/{encounterId}/team an encounter's clinician attaches it to one of their teams
 *   GET  /me/encounters-without-team    the caller's encounters of the last 90 days that still have no team
 * Before the meeting started (no encounter yet) the choice is kept for the meeting and honoured at start
 * only if the organiser is a member of that team (domain/teams.ts assignTeam).
 */
import { Router, type Request } from "express";
import { z } from "zod";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import type { Identity } from "../auth/tokenValidator.js";
import { isRecordedClinician, type Encounter } from "../domain/encounter.js";
import { canChooseTeam, normalizeGroupId } from "../domain/teams.js";
import { fieldIssues } from "../domain/zodIssues.js";
import { moveEncounterToTeam } from "../encounters/encounterTeamChange.js";
import type { Localized } from "../i18n/locale.js";
import type { Services } from "../services.js";
import type { TeamRecord } from "../storage/teamRepository.js";

const MEETING_ID = /^[A-Za-z0-9+/=_-]{1,512}$/;
const BAD_MEETING: Localized = { "fr-CA": "Identifiant de réunion Teams invalide.", en: "Invalid Teams meeting id." };
const NOT_YOUR_TEAM: Localized = {
  "fr-CA": "Choisissez une de vos équipes Teams où Balises est installé.",
  en: "Choose one of your Teams teams where Balises is installed.",
};
const CLINICIANS_ONLY: Localized = {
  "fr-CA": "Seuls l'organisateur et les cliniciens inscrits à la rencontre choisissent son équipe.",
  en: "Only the organiser and the clinicians recorded on the encounter choose its team.",
};
const ENCOUNTER: Localized = { "fr-CA": "rencontre", en: "encounter" };
const RECENT_DAYS = 90;
const MAX_LISTED = 50;

const teamBody = z.strictObject({ teamKey: z.string().max(64) });

function meetingIdOf(req: Request): string {
  const id = String(req.params.meetingId ?? "");
  if (!MEETING_ID.test(id)) throw new ValidationError([{ path: "meetingId", message: BAD_MEETING }], BAD_MEETING);
  return id;
}

function chosenTeam(req: Request, mine: TeamRecord[]): string {
  const body = teamBody.safeParse(req.body);
  if (!body.success) throw new ValidationError(fieldIssues(body.error));
  const groupId = normalizeGroupId(body.data.teamKey);
  if (
    !groupId ||
    !canChooseTeam(
      mine.map((t) => t.groupId),
      groupId,
    )
  )
    throw new ValidationError([{ path: "teamKey", message: NOT_YOUR_TEAM }], NOT_YOUR_TEAM);
  return groupId;
}

const teamOf = (t: TeamRecord) => ({ groupId: t.groupId, name: t.name });

export function encounterTeamRouter(services: Services): Router {
  const router = Router();
  const myTeams = (who: Identity) => services.teams.teamsOf(who.tenantId, who.userId);

  const myTeamsView = async (who: Identity) => {
    const [teams, preferred] = await Promise.all([
      myTeams(who),
      services.teams.preferredTeam(who.tenantId, who.userId),
    ]);
    return { items: teams.map(teamOf), preferred: teams.some((t) => t.groupId === preferred) ? preferred : null };
  };

  router.get("/me/teams", async (_req, res) => {
    res.setHeader("Cache-Control", "no-store").json(await myTeamsView(identityOf(res)));
  });

  router.put("/me/preferred-team", async (req, res) => {
    const who = identityOf(res);
    const groupId = chosenTeam(req, await myTeams(who));
    await services.teams.setPreferredTeam(who.tenantId, who.userId, groupId, services.now().toISOString());
    res.json(await myTeamsView(who));
  });

  /** What the caller may see of a meeting: its encounter and team if they are one of its clinicians or a member of its team. */
  const meetingView = async (who: Identity, meetingId: string) => {
    const [latest, mine, planned] = await Promise.all([
      services.encounters.latestForMeeting(who.tenantId, meetingId),
      myTeams(who),
      services.teams.meetingTeam(who.tenantId, meetingId),
    ]);
    const e: Encounter | undefined = latest?.encounter;
    const clinician = e !== undefined && isRecordedClinician(e, who.userId);
    const teamKey = e ? e.teamKey : planned?.groupId;
    const visible =
      clinician ||
      (teamKey !== undefined && mine.some((t) => t.groupId === teamKey)) ||
      (!e && planned?.by === who.userId);
    const team = visible && teamKey ? await services.teams.get(who.tenantId, teamKey) : undefined;
    return {
      meetingId,
      encounter: e && visible ? { id: e.id, startedAt: e.startedAt, status: e.status } : null,
      team: team ? teamOf(team.team) : null,
      source: visible ? (e?.teamSource ?? (teamKey ? "chosen" : "none")) : null,
      canChange: mine.length > 0 && (e ? clinician : true),
      choices: mine.map(teamOf),
    };
  };

  router.get("/me/encounters-without-team", async (_req, res) => {
    const who = identityOf(res);
    // Newest first: the index is read a month at a time from now backwards (each read is oldest-first).
    const items: Array<{ encounterId: string; startedAt: string; status: string }> = [];
    const now = services.now().getTime() + 60_000;
    for (let month = 0; month < RECENT_DAYS / 30 && items.length < MAX_LISTED; month++) {
      const to = new Date(now - month * 30 * 86_400_000).toISOString();
      const from = new Date(now - (month + 1) * 30 * 86_400_000).toISOString();
      const rows = await services.encounters.listByClinician(who.tenantId, who.userId, from, to, 2000);
      for (const s of rows.reverse())
        if (!s.teamKey && items.length < MAX_LISTED)
          items.push({ encounterId: s.encounterId, startedAt: s.startedAt, status: s.status });
    }
    res.setHeader("Cache-Control", "no-store").json({ items, choices: (await myTeams(who)).map(teamOf) });
  });

  router.get("/meetings/:meetingId/team", async (req, res) => {
    res.setHeader("Cache-Control", "no-store").json(await meetingView(identityOf(res), meetingIdOf(req)));
  });

  router.put("/meetings/:meetingId/team", async (req, res) => {
    const who = identityOf(res);
    const meetingId = meetingIdOf(req);
    const groupId = chosenTeam(req, await myTeams(who));
    const latest = await services.encounters.latestForMeeting(who.tenantId, meetingId);
    if (latest) {
      if (!isRecordedClinician(latest.encounter, who.userId)) throw new ForbiddenError(CLINICIANS_ONLY);
      await moveEncounterToTeam(services, latest, groupId, { objectId: who.userId });
    } else {
      await services.teams.setMeetingTeam(who.tenantId, meetingId, groupId, who.userId, services.now().toISOString());
      await services.teams.setPreferredTeam(who.tenantId, who.userId, groupId, services.now().toISOString());
    }
    res.json(await meetingView(who, meetingId));
  });

  router.put("/encounters/:encounterId/team", async (req, res) => {
    const who = identityOf(res);
    const stored = await services.encounters.get(who.tenantId, String(req.params.encounterId ?? ""));
    if (!stored) throw new NotFoundError(ENCOUNTER);
    if (!isRecordedClinician(stored.encounter, who.userId)) throw new ForbiddenError(CLINICIANS_ONLY);
    const groupId = chosenTeam(req, await myTeams(who));
    const change = await moveEncounterToTeam(services, stored, groupId, { objectId: who.userId });
    if (change.kind === "notYourTeam")
      throw new ValidationError([{ path: "teamKey", message: NOT_YOUR_TEAM }], NOT_YOUR_TEAM);
    const team = await services.teams.get(who.tenantId, groupId);
    res.json({
      encounterId: change.encounter.id,
      team: team ? teamOf(team.team) : null,
      source: change.encounter.teamSource ?? "chosen",
    });
  });

  return router;
}
