/**
 * The "connectionLost.steps" job kind (encounters/sharedCardRefresh.ts): posts the steps to follow after the
 * connection was lost (003 §3: call back, the phone bridge, the in-person corridor, crisis lines) in the meeting
 * chat for everyone, right after the clinician's report was answered. The post goes through the send gate (rate
 * limits, backoff, the claim kept alive) with a deadline on the Bot Connector call; a refusal Teams will repeat
 * ends the job with its reason. Its seq is the incident's time: the steps of one incident are posted once.
 */
import { buildConnectionLostCard } from "../../cards/contingency/contingencyCard.js";
import { CONTINGENCY_PATIENT_STRINGS } from "../../cards/contingency/contingency.strings.js";
import { CONNECTION_LOST_STEPS } from "../../encounters/sharedCardRefresh.js";
import { DEFAULT_LOCALE } from "../../i18n/locale.js";
import type { Job, JobKind, JobOutcome } from "../../jobs/job.js";
import { PermanentSendFailure, type SendGate } from "../../jobs/sendGate.js";
import { withDeadline } from "../../outbound/deadline.js";
import type { ProactiveSender } from "../../reminders/ports.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { SHARED_CARD_UPDATE_DEADLINE_MS, type SharedCardRefreshDeps } from "./sharedCardRefreshJob.js";

export interface ConnectionLostStepsDeps extends Omit<SharedCardRefreshDeps, "records" | "updater"> {
  sender: Pick<ProactiveSender, "send">;
}

export function connectionLostStepsJob(deps: ConnectionLostStepsDeps): JobKind {
  return { kind: CONNECTION_LOST_STEPS, run: (job, gate) => postSteps(deps, job, gate) };
}

async function postSteps(deps: ConnectionLostStepsDeps, job: Job, gate: SendGate): Promise<JobOutcome> {
  if (!Number.isSafeInteger(job.seq) || job.seq <= 0) return { kind: "ended", reason: "noIncidentTime" };
  const stored = await deps.encounters.get(job.tenantId, job.subject);
  if (!stored) return { kind: "ended", reason: "encounterGone" };
  const e = stored.encounter;
  const meetingChat = await deps.conversations.getConversation(job.tenantId, e.conversationId);
  if (!meetingChat) return { kind: "ended", reason: "meetingConversationUnknown" };
  const locale = e.cardLocale ?? DEFAULT_LOCALE;
  const { configuration } = await teamContextForEncounter(deps, e);
  const at = new Date(job.seq).toISOString();
  const card = buildConnectionLostCard({ locale, encounter: e, configuration, at });
  const message = { kind: "card" as const, card, summary: CONTINGENCY_PATIENT_STRINGS.lostTitle[locale] };
  try {
    const sent = await gate(e.conversationId, () =>
      withDeadline("sendActivity", deps.deadlineMs ?? SHARED_CARD_UPDATE_DEADLINE_MS, () =>
        deps.sender.send(meetingChat.reference, message),
      ),
    );
    return { kind: "sent", activityId: sent.activityId, conversationId: e.conversationId };
  } catch (error) {
    if (!(error instanceof PermanentSendFailure)) throw error;
    return { kind: "ended", reason: error.failure.reason };
  }
}
