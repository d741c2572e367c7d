/**
 * A crisis during a remote encounter (001: a crisis plan agreed with each client, the emergency contact they
 * authorise and the resources at hand; 004: resources near where the person is; 003 §3: 9-1-1 for where the
 * person is). What the clinician is shown privately is derived here from what Balises recorded: the region of
 * this visit, whether the plan confirmed an authorised emergency contact, the region's lines, and whether this
 * report was recorded (a code and a time, nothing said).
 */
import type { Encounter } from "./encounter.js";
import type { Incident } from "./contingency.js";
import type { RegionCode } from "./quebecRegions.js";
import type { CrisisResource } from "./teamConfig.js";
import { crisisResourcesShown } from "./crisisResources.js";

export interface CrisisSteps {
  /** The region recorded for this visit; absent: the clinician asks the person where they are. */
  region?: RegionCode;
  /** The plan recorded an emergency contact the person authorised (the contact itself is never stored). */
  emergencyContactAuthorised: boolean;
  /** 9-1-1 first, the lines serving the region, suicide prevention. */
  resources: CrisisResource[];
  /** The crisis incident these steps are for; absent when the report could not be recorded (an outdated card). */
  recorded?: Incident;
}

/**
 * The crisis a click on "Situation de crise" stands for, once saved: the encounter's last incident when it is a
 * crisis (recorded by this click, or by the first of a double click); none when an outdated card recorded nothing.
 */
export function reportedCrisis(e: Encounter): Incident | undefined {
  const last = e.incidents[e.incidents.length - 1];
  return last?.kind === "crisis" ? last : undefined;
}

export function crisisSteps(e: Encounter, configured: readonly CrisisResource[], recorded?: Incident): CrisisSteps {
  const region = e.location?.regionCode;
  return {
    ...(region ? { region } : {}),
    emergencyContactAuthorised: e.plan?.emergencyContactConfirmed === true,
    resources: crisisResourcesShown(configured, region),
    ...(recorded ? { recorded } : {}),
  };
}

/** The last crisis recorded on this encounter (the one the side panel shows the steps of), if any. */
export function lastCrisis(e: Encounter): Incident | undefined {
  return e.incidents.findLast((i) => i.kind === "crisis");
}

/** The resources are posted for a crisis Balises recorded on this encounter, named by its time. */
export function recordedCrisisAt(e: Encounter, at: string): Incident | undefined {
  return e.incidents.find((i) => i.kind === "crisis" && i.at === at);
}
