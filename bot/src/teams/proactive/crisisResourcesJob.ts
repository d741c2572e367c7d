/**
 * The "crisisResources.post" job kind (encounters/sharedCardRefresh.ts): posts the crisis resources serving the
 * region of this visit (001, 004) in the meeting chat for the patient, once per crisis recorded (meetingChatPostJob.ts).
 */
import { buildCrisisResourcesCard } from "../../cards/contingency/crisisCard.js";
import { CRISIS_PATIENT_STRINGS } from "../../cards/contingency/crisis.strings.js";
import { CRISIS_RESOURCES } from "../../encounters/sharedCardRefresh.js";
import type { JobKind } from "../../jobs/job.js";
import { meetingChatPostJob, type MeetingChatPostDeps } from "./meetingChatPostJob.js";

export function crisisResourcesJob(deps: MeetingChatPostDeps): JobKind {
  return meetingChatPostJob(CRISIS_RESOURCES, deps, (input) => ({
    card: buildCrisisResourcesCard(input),
    summary: CRISIS_PATIENT_STRINGS.title[input.locale],
  }));
}
