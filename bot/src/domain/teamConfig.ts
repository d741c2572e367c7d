/**
 * What a team's clinical pilots configure (seed 003 §1.1, §1.3.9, §2.3, §3, §4, §11; checklists of 004/001/002).
 * These are types and Balises' defaults only; validation lives with the schema, storage with its repository.
 * No field holds patient information: corridors, resources and interpreters are services, not people.
 */
import type { Localized } from "../i18n/locale.js";
import type { Modality, Rating } from "./modality.js";
import { DEFAULT_CRISIS_RESOURCES } from "./crisisResources.js";
import type { RegionCode } from "./quebecRegions.js";

export interface MatrixCellAdjustment {
  situationId: string;
  modality: Modality;
  rating: Rating;
}

export interface LocalSituation {
  id: string;
  label: Localized;
  ratings: Record<Modality, Rating>;
  note?: Localized;
}

export interface MatrixAdjustments {
  cells: MatrixCellAdjustment[];
  localSituations: LocalSituation[];
}

/** §4: emergency departments and designated evaluation clinics (CDE) are not valid corridors. */
export const CORRIDOR_KINDS = [
  "sameClinic",
  "gmf",
  "clsc",
  "outpatientClinic",
  "hospitalClinic",
  "other",
  "emergencyDepartment",
  "designatedEvaluationClinic",
] as const;
export type CorridorKind = (typeof CORRIDOR_KINDS)[number];

export interface ReferralCorridor {
  id: string;
  name: string;
  kind: CorridorKind;
  contact: string;
  address?: string;
  hours?: string;
  conditions?: string;
  whoMayRefer?: string;
}

export interface CrisisResource {
  id: string;
  region: string;
  name: string;
  phone: string;
  notes?: string;
}

export interface ContingencyDefaults {
  /** Minutes the clinician waits before calling back on the number confirmed beforehand (§3). */
  callbackDelayMinutes: number;
  /** How to join by phone: the Teams dial-in bridge (§3) or other instructions. */
  bridgeText: string;
  crisisResources: CrisisResource[];
  /**
   * The region most of the team's patients are in, preselected when the clinician confirms where the patient is
   * (004; 003 §3): a starting point they check with the person, never recorded unless they confirm it.
   */
  defaultRegionCode?: RegionCode;
}

export interface InterpreterService {
  id: string;
  name: string;
  contact: string;
  languages?: string;
}

export const CHECKLIST_PROFILES = ["medicine", "careerCounselling", "socialWork", "counselling"] as const;
export type ChecklistProfile = (typeof CHECKLIST_PROFILES)[number];

export interface ReminderPolicy {
  /** ISO-8601 durations after the end of the encounter, e.g. PT2H, PT20H. */
  offsets: string[];
  /** ISO-8601 duration; never longer than PT24H (003 §1.1, §8.8). */
  deadline: string;
}

export interface TeamConfiguration {
  matrix: MatrixAdjustments;
  corridors: ReferralCorridor[];
  contingency: ContingencyDefaults;
  interpreters: InterpreterService[];
  checklistProfile: ChecklistProfile;
  reminderPolicy: ReminderPolicy;
  /**
   * When the team last evaluated the quality of its virtual care (§11: recommended at least once a year), ISO date, or null when
   * none is recorded; the activity view says when the next one is recommended (activityStats.ts evaluationStatus).
   */
  annualEvaluationDate: string | null;
}

/**
 * Balises' defaults: the MSSS baseline matrix (no adjustment), Québec-wide numbers, no local corridor (which the tab
 * then flags as missing).
 */
export const DEFAULT_TEAM_CONFIGURATION: TeamConfiguration = {
  matrix: { cells: [], localSituations: [] },
  corridors: [],
  contingency: {
    callbackDelayMinutes: 5,
    bridgeText: "",
    crisisResources: DEFAULT_CRISIS_RESOURCES,
  },
  interpreters: [],
  checklistProfile: "medicine",
  reminderPolicy: { offsets: ["PT2H", "PT20H"], deadline: "PT24H" },
  annualEvaluationDate: null,
};
