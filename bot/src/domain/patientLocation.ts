/**
 * Where the patient is for this visit, as the clinician confirms it at the start of each encounter (004: resources
 * near where the person is, a place where they can speak in private; 001: a crisis plan for a client far away;
 * 003 §3: in an emergency the clinician calls 9-1-1 for where the person is). Only the administrative region and a
 * yes/no are kept — never an address, a municipality or anything the patient said.
 */
import type { Localized } from "../i18n/locale.js";
import type { RegionCode } from "./quebecRegions.js";

export interface PatientLocation {
  regionCode: RegionCode;
  /** The person is in a place where they can speak confidentially (004). */
  confidential: boolean;
  /** Entra object id of the clinician who confirmed it. */
  recordedBy: string;
  recordedAt: string;
}

/** What the clinician chose on the card: "" when a choice was left empty. */
export interface LocationEntry {
  regionCode: RegionCode | "";
  confidential: "yes" | "no" | "";
}

/** What stops a location from being recorded: each answer is required, none is assumed. */
export interface LocationEntryProblems {
  regionCode?: true;
  confidential?: true;
}

/** Each answer left empty, said under its field (on the card and in the side panel). */
export const LOCATION_ENTRY_MESSAGES: Record<keyof LocationEntryProblems, Localized> = {
  regionCode: {
    "fr-CA": "Choisissez la région administrative où se trouve la personne.",
    en: "Choose the administrative region where the person is.",
  },
  confidential: {
    "fr-CA": "Indiquez si la personne peut parler en toute confidentialité là où elle se trouve.",
    en: "Say whether the person can speak confidentially where they are.",
  },
};

/** The location the clinician confirmed, or what is missing from their entry (nothing is recorded then). */
export function locationFromEntry(
  entry: LocationEntry,
  recordedBy: string,
  recordedAt: string,
): { location: PatientLocation } | { problems: LocationEntryProblems } {
  const { regionCode, confidential } = entry;
  if (regionCode !== "" && confidential !== "")
    return { location: { regionCode, confidential: confidential === "yes", recordedBy, recordedAt } };
  return {
    problems: {
      ...(regionCode === "" ? { regionCode: true as const } : {}),
      ...(confidential === "" ? { confidential: true as const } : {}),
    },
  };
}

/** The same region and answer confirmed again is the same fact: the first confirmation's time stands. */
export function sameLocation(a: PatientLocation | undefined, b: PatientLocation): boolean {
  return a !== undefined && a.regionCode === b.regionCode && a.confidential === b.confidential;
}
