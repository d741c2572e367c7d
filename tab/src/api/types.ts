/** The shapes the tab reads from /api (the API contract, notes/API.md). Domain types come from the bot's pure domain. */
import type { Localized } from "../../../bot/src/i18n/locale.js";
import type { Matrix } from "../../../bot/src/domain/matrix.js";
import type { Modality, Rating } from "../../../bot/src/domain/modality.js";
import type { TeamConfiguration } from "../../../bot/src/domain/teamConfig.js";

export interface Me {
  tenantId: string;
  userId: string;
  name: string;
  roles: string[];
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
}

export interface AuditPage {
  items: AuditItem[];
  continuationToken?: string | null;
}
