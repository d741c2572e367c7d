/**
 * The reminders, snoozes and overdue check (the card again, 1:1, in its reminder or overdue state), and the
 * install hint posted in the meeting chat when the clinician cannot be reached 1:1.
 */
import { installHintText, type NoteCardState } from "../cards/noteObligation/noteObligationCard.js";
import type { Job, JobKind, JobOutcome } from "../jobs/job.js";
import { PermanentSendFailure, type SendGate } from "../jobs/sendGate.js";
import { deliverToClinician } from "./clinicianDelivery.js";
import { OVERDUE } from "./noteJobKinds.js";
import { noteCardMessage, type NoteJobDeps } from "./noteJobs.js";

export function reminderJob(kind: string, deps: NoteJobDeps): JobKind {
  return { kind, run: (job, gate) => remind(deps, job, gate) };
}

async function remind(deps: NoteJobDeps, job: Job, gate: SendGate): Promise<JobOutcome> {
  const stored = await deps.obligations.get(job.tenantId, job.subject);
  if (!stored) return { kind: "ended", reason: "obligationMissing" };
  const o = stored.obligation;
  if (o.filedAt) return { kind: "cancelled", reason: "noteFiled" };
  let state: NoteCardState = deps.now().getTime() > Date.parse(o.deadline) ? "overdue" : "reminder";
  if (job.kind === OVERDUE) {
    if (!(await deps.notes.markOverdue(o.tenantId, o.encounterId))) return { kind: "cancelled", reason: "noteFiled" };
    state = "overdue";
  }
  try {
    return {
      kind: "sent",
      ...(await deliverToClinician(deps, deps.sender, o, noteCardMessage(o, state, deps.now()), gate)),
    };
  } catch (error) {
    if (!(error instanceof PermanentSendFailure)) throw error;
    return { kind: "ended", reason: error.failure.reason };
  }
}

export function installHintJob(kind: string, deps: NoteJobDeps): JobKind {
  return { kind, run: (job, gate) => postInstallHint(deps, job, gate) };
}

async function postInstallHint(deps: NoteJobDeps, job: Job, gate: SendGate): Promise<JobOutcome> {
  const stored = await deps.obligations.get(job.tenantId, job.subject);
  const conversationId = stored?.obligation.meetingConversationId;
  const meeting = conversationId ? await deps.conversations.getConversation(job.tenantId, conversationId) : undefined;
  if (!meeting) return { kind: "ended", reason: "meetingConversationUnknown" };
  try {
    const sent = await gate(meeting.reference.conversation.id, () =>
      deps.sender.send(meeting.reference, { kind: "text", text: installHintText() }),
    );
    return { kind: "sent", activityId: sent.activityId, conversationId: meeting.reference.conversation.id };
  } catch (error) {
    if (!(error instanceof PermanentSendFailure)) throw error;
    return { kind: "ended", reason: error.failure.reason };
  }
}
