/**
 * The team key in API paths: the Teams team's group id, or the chat id of a group or meeting chat.
 * Any text is accepted as data (it is escaped into storage keys and never enters a query unescaped);
 * only its length is bounded, so its escaped form always fits an Azure Table key (1 KiB).
 */
import type { Request } from "express";
import { ValidationError } from "../errors.js";

export const MAX_TEAM_KEY_LENGTH = 256;

const BAD_TEAM_KEY = {
  "fr-CA": `Identifiant d'équipe invalide (1 à ${MAX_TEAM_KEY_LENGTH} caractères).`,
  en: `Invalid team id (1 to ${MAX_TEAM_KEY_LENGTH} characters).`,
};

export function checkTeamKey(value: unknown, path = "teamKey"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_TEAM_KEY_LENGTH) {
    throw new ValidationError([{ path, message: BAD_TEAM_KEY }], BAD_TEAM_KEY);
  }
  return value;
}

export function teamKeyOf(req: Request): string {
  return checkTeamKey(req.params.teamKey);
}
