/**
 * The "connectionLost.steps" job kind (encounters/sharedCardRefresh.ts): posts the steps to follow after the
 * connection was lost (003 §3: call back, the phone bridge, the in-person corridor, crisis lines) in the meeting
 * chat for everyone, once per incident (meetingChatPostJob.ts).
 */
import { buildConnectionLostCard } from "../../cards/contingency/contingencyCard.js";
import { CONTINGENCY_PATIENT_STRINGS } from "../../cards/contingency/contingency.strings.js";
import { CONNECTION_LOST_STEPS } from "../../encounters/sharedCardRefresh.js";
import type { JobKind } from "../../jobs/job.js";
import { meetingChatPostJob, type MeetingChatPostDeps } from "./meetingChatPostJob.js";

export function connectionLostStepsJob(deps: MeetingChatPostDeps): JobKind {
  return meetingChatPostJob(CONNECTION_LOST_STEPS, deps, (input) => ({
    card: buildConnectionLostCard(input),
    summary: CONTINGENCY_PATIENT_STRINGS.lostTitle[input.locale],
  }));
}
