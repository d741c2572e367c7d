/**
 * The team of a tab API route: a Microsoft Teams team's Entra group id (a GUID, `context.team.groupId` in
 * the tab). Group chats and meeting chats are never teams, so their ids (19:…@thread.v2) are refused here.
 */
import type { Request } from "express";
import { ValidationError } from "../errors.js";
import { normalizeGroupId } from "../domain/teams.js";

const BAD_TEAM_KEY = {
  "fr-CA":
    "Identifiant d'équipe invalide : l'identifiant de groupe Entra de l'équipe Teams (GUID) est attendu. Les conversations de groupe et de réunion ne sont pas des équipes.",
  en: "Invalid team id: the Teams team's Entra group id (a GUID) is expected. Group chats and meeting chats are not teams.",
};

export function checkTeamKey(value: unknown, path = "teamKey"): string {
  const groupId = normalizeGroupId(value);
  if (!groupId) throw new ValidationError([{ path, message: BAD_TEAM_KEY }], BAD_TEAM_KEY);
  return groupId;
}

export function teamKeyOf(req: Request): string {
  return checkTeamKey(req.params.teamKey);
}
