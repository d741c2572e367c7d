/**
 * A Balises team is a Microsoft Teams team, known everywhere by its Entra group id (a GUID): the tab reads
 * it from `context.team.groupId`, the bot from `channelData.team.aadGroupId`. Group chats and meeting chats
 * are never teams. Telehealth visits are mostly private meetings with no team: an encounter belongs to the
 * team of its organiser, learnt from the rosters of the teams where Balises is installed (DESIGN, "Known
 * Teams realities"). Pure: the roster's staff, and which team an encounter belongs to.
 */
import type { Localized } from "../i18n/locale.js";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGroupId(value: unknown): value is string {
  return typeof value === "string" && GUID.test(value);
}

/** The canonical form of a group id (lower case), or undefined when the value is not one. */
export function normalizeGroupId(value: unknown): string | undefined {
  return isGroupId(value) ? value.toLowerCase() : undefined;
}

/** A display name as shown to staff: trimmed, bounded, without control characters. */
export const MAX_NAME_CHARS = 120;
export function cleanDisplayName(raw: unknown): string {
  if (typeof raw !== "string") return "";
  return raw
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_NAME_CHARS);
}

/** What the Teams roster says of one member (TeamsChannelAccount). */
export interface RosterAccount {
  aadObjectId?: string;
  name?: string;
  /** "user", "guest" or "anonymous" (Teams); absent on older payloads. */
  userRole?: string;
}

/** A staff member of a team: an Entra user of the tenant who is not a guest. */
export interface StaffMember {
  oid: string;
  name: string;
}

/**
 * The staff of a roster: guests, anonymous users and accounts without an Entra object id are left out
 * (a patient or an external guest is never indexed), duplicates are merged, ids are lower case.
 */
export function staffOf(accounts: readonly RosterAccount[]): StaffMember[] {
  const byOid = new Map<string, StaffMember>();
  for (const account of accounts) {
    const oid = normalizeGroupId(account.aadObjectId);
    const role = (account.userRole ?? "user").toLowerCase();
    if (!oid || role !== "user") continue;
    byOid.set(oid, { oid, name: cleanDisplayName(account.name) });
  }
  return [...byOid.values()];
}

/** How an encounter got its team. */
export const TEAM_SOURCES = ["channel", "onlyTeam", "preferred", "chosen", "pending", "none"] as const;
export type TeamSource = (typeof TEAM_SOURCES)[number];

export type TeamAssignment =
  | { teamKey: string; source: Exclude<TeamSource, "pending" | "none"> }
  | { teamKey?: undefined; source: "pending"; candidates: string[] }
  | { teamKey?: undefined; source: "none" };

export interface TeamAssignmentInput {
  /** A channel meeting or a channel conversation: the team it happens in. */
  channelTeam?: string;
  /** A team chosen for this meeting before it started (meeting tab); honoured only if the organiser is in it. */
  meetingChoice?: string;
  /** Teams (group ids) where Balises is installed and the organiser is on the roster. */
  organizerTeams: readonly string[];
  /** The team the organiser picked last time (remembered). */
  preferred?: string;
}

/**
 * Which team an encounter belongs to: the channel's team; else the team chosen for this meeting; else the
 * organiser's only team; else the team they picked before, if still theirs; else they must choose (several
 * teams) or there is none (Balises is in none of their teams: Balises' defaults apply).
 */
export function assignTeam(input: TeamAssignmentInput): TeamAssignment {
  if (input.channelTeam) return { teamKey: input.channelTeam, source: "channel" };
  const teams = [...new Set(input.organizerTeams)];
  if (input.meetingChoice && teams.includes(input.meetingChoice))
    return { teamKey: input.meetingChoice, source: "chosen" };
  const [only] = teams;
  if (only !== undefined && teams.length === 1) return { teamKey: only, source: "onlyTeam" };
  if (input.preferred && teams.includes(input.preferred)) return { teamKey: input.preferred, source: "preferred" };
  if (teams.length > 1) return { source: "pending", candidates: teams.sort() };
  return { source: "none" };
}

/** A team can be chosen for an encounter only among the chooser's own teams. */
export function canChooseTeam(chooserTeams: readonly string[], teamKey: string): boolean {
  return chooserTeams.includes(teamKey);
}

export const TEAM_NOTICES = {
  none: {
    "fr-CA":
      "Balises n'est installé dans aucune de vos équipes Teams : les valeurs par défaut de Balises s'appliquent (matrice de base du MSSS, aucun corridor d'équipe, ressources de crise du Québec). Ajoutez Balises à votre équipe pour que sa configuration s'applique.",
    en: "Balises is not installed in any of your teams in Teams: Balises' defaults apply (MSSS baseline matrix, no team corridor, Québec-wide crisis resources). Add Balises to your team so its configuration applies.",
  },
  pending: {
    "fr-CA":
      "Vous êtes membre de plusieurs équipes où Balises est installé : choisissez l'équipe de cette rencontre. Votre choix sera retenu pour les prochaines.",
    en: "You belong to several teams where Balises is installed: choose this encounter's team. Your choice will be remembered for the next ones.",
  },
} satisfies Record<string, Localized>;
