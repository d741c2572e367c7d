/**
 * What the patient is told before consenting that depends on the encounter's team. The 2024 regulation (S-4.2,
 * r. 23.1, art. 2, 3° a) asks that the person be told where they can get an in-person follow-up: the team's valid
 * referral corridors (003 §4) are those places. Interpreting services can be used even remotely (003 §1.3.9): the
 * patient is told so only when the team listed some, since otherwise nobody has arranged them. Recording is part of
 * what the consent covers (003 §1.1), and consent may be verbal or written (§1.3.1); the career counsellors'
 * checklist (004) forbids recording without the formal, written authorisation of both parties, so the patient of a
 * team that follows it is told that.
 */
import { checklistFor } from "./checklists.js";
import { consentStatus, currentConsent, type ConsentRecord } from "./consent.js";
import { validCorridors } from "./corridor.js";
import type { TeamConfiguration } from "./teamConfig.js";

/** A patient reads a few places, not a directory: past this many, the clinician says which one applies. */
export const IN_PERSON_PLACES_SHOWN = 3;

export interface InPersonPlace {
  name: string;
  address?: string;
}

export interface ConsentInformation {
  /** Where an in-person follow-up can take place; empty when the team has no valid corridor (or is unknown). */
  inPersonPlaces: InPersonPlace[];
  /** True when the team has more places than are shown. */
  morePlaces: boolean;
  interpreterAvailable: boolean;
  /** The team's checklist forbids recording without the formal, written authorisation of both parties (004). */
  recordingNeedsWrittenAuthorisation: boolean;
}

export function consentInformation(
  configuration: Pick<TeamConfiguration, "corridors" | "interpreters" | "checklistProfile">,
): ConsentInformation {
  const places = validCorridors(configuration).map((c) => ({
    name: c.name,
    ...(c.address ? { address: c.address } : {}),
  }));
  return {
    inPersonPlaces: places.slice(0, IN_PERSON_PLACES_SHOWN),
    morePlaces: places.length > IN_PERSON_PLACES_SHOWN,
    interpreterAvailable: configuration.interpreters.length > 0,
    recordingNeedsWrittenAuthorisation: checklistFor(configuration.checklistProfile).some(
      (item) => item.id === "noRecording",
    ),
  };
}

/**
 * The consent in force as recorded (noted, complete or not): what it covers is a fact the patient may read. None,
 * withdrawn, refused or impossible (emergency): undefined, and the patient reads what will happen instead.
 */
export function notedConsent(consents: readonly ConsentRecord[]): ConsentRecord | undefined {
  const record = currentConsent(consents);
  const kind = consentStatus(record).kind;
  return kind === "valid" || kind === "missing" ? record : undefined;
}
