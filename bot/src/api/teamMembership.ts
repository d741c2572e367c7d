/**
 * Every /teams/{groupId}/… route is for members of that Teams team only: Balises must be installed in
 * the team (the bot then knows its roster) and the caller must be on that roster, as staff — never a guest,
 * whatever their tenant role. Both come from storage, never from the request. Role rules (pilots,
 * supervisors, learners) apply on top, in each route.
 */
import type { RequestHandler } from "express";
import { BalisesError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { teamKeyOf } from "./teamKeyParam.js";

export class TeamNotInstalledError extends BalisesError {
  constructor() {
    super("team_not_installed", {
      "fr-CA":
        "Balises n'est pas installé dans cette équipe Teams, ou termine son installation (il apprend la liste des membres). Ajoutez Balises à l'équipe, puis réessayez dans quelques secondes.",
      en: "Balises is not installed in this Teams team, or is finishing its installation (it is learning the member list). Add Balises to the team, then try again in a few seconds.",
    });
  }
}

export class NotTeamMemberError extends BalisesError {
  constructor() {
    super("not_team_member", {
      "fr-CA":
        "Vous n'êtes pas membre de cette équipe Teams : seuls ses membres consultent et configurent Balises pour elle.",
      en: "You are not a member of this Teams team: only its members see and configure Balises for it.",
    });
  }
}

export function requireTeamMember(teams: Pick<TeamRepository, "installed" | "member">): RequestHandler {
  return async (req, res, next) => {
    try {
      const who = identityOf(res);
      const teamKey = teamKeyOf(req);
      const [team, member] = await Promise.all([
        teams.installed(who.tenantId, teamKey),
        teams.member(who.tenantId, teamKey, who.userId),
      ]);
      if (!team) throw new TeamNotInstalledError();
      if (!member) throw new NotTeamMemberError();
      next();
    } catch (error) {
      next(error);
    }
  };
}
