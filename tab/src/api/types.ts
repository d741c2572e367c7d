/** The shapes the tab reads from /api (the API contract, notes/API.md). Domain types come from the bot's pure domain. */
import type { Locale, Localized } from "../../../bot/src/i18n/locale.js";
import type { Matrix } from "../../../bot/src/domain/matrix.js";
import type { Modality, Rating } from "../../../bot/src/domain/modality.js";
import type { TeamConfiguration } from "../../../bot/src/domain/teamConfig.js";

/** `{ <Entra object id>: <display name> }` in every answer that mentions people; someone absent is an unknown member. */
export type People = Record<string, string>;

/** A Teams team where Balises is installed, by its Entra group id. */
export interface TeamRef {
  groupId: string;
  name: string;
}

export interface Me {
  tenantId: string;
  userId: string;
  name: string;
  roles: string[];
  /** Asked with `?team=`: whether Balises is installed there and the caller is on its roster. */
  team: { groupId: string; name: string | null; installed: boolean; member: boolean } | null;
  devIdentity: boolean;
}

export interface Baseline {
  matrix: Matrix;
  modalities: { id: Modality; label: Localized }[];
  legend: Record<Exclude<Rating, null>, Localized>;
  knownPatientDefinition: Localized;
  source: string;
}

export interface MatrixDifference {
  situationId: string;
  modality: Modality;
  baseline: Rating;
  team: Rating;
}

export interface ChecklistItem {
  id: string;
  label: Localized;
  /** Seed and section, e.g. "003 §1.3.5". */
  source: string;
}

export interface TeamConfigView {
  teamKey: string;
  configuration: TeamConfiguration;
  /** Entra object ids of the team's pilots. */
  pilots: string[];
  /** Null while nothing is stored (MSSS defaults): the first save then sends `If-None-Match: *`. */
  etag: string | null;
  version: number;
  isDefault: boolean;
  matrix: Matrix;
  differences: MatrixDifference[];
  validCorridor: boolean;
  checklist: ChecklistItem[];
  /** Names of the pilots. */
  people?: People;
}

export interface AuditChange {
  path: string;
  before: unknown;
  after: unknown;
}

export interface AuditItem {
  at: string;
  by: string;
  action: string;
  changes: AuditChange[];
  /** The entry read as sentences with names, once the service sends them. */
  text?: Record<Locale, string[]>;
}

export interface AuditPage {
  items: AuditItem[];
  continuationToken?: string | null;
  people?: People;
}

/** GET /teams/{groupId}/members: the team's roster, sorted by name, for the people picker. */
export interface MemberPage {
  items: Array<{ oid: string; name: string }>;
  total: number;
}

/** GET /meetings/{meetingId}/team. */
export interface MeetingTeamView {
  meetingId: string;
  encounter: { id: string; startedAt: string; status: string } | null;
  team: TeamRef | null;
  source: string | null;
  canChange: boolean;
  choices: TeamRef[];
}

/** GET /me/teams. */
export interface MyTeams {
  items: TeamRef[];
  preferred: string | null;
}

/** GET /me/encounters-without-team. */
export interface EncountersWithoutTeam {
  items: Array<{ encounterId: string; startedAt: string; status: string }>;
  choices: TeamRef[];
}
