/**
 * The note-obligation card, sent 1:1 as soon as the obligation opens. If the process that scheduled it died
 * before opening the obligation, the job opens it. When the clinician cannot be reached 1:1, the reason is
 * recorded on the obligation and an install hint is queued for the meeting chat.
 */
import { loggedError } from "../logger.js";
import type { Job, JobKind, JobOutcome } from "../jobs/job.js";
import { PermanentSendFailure, type SendGate } from "../jobs/sendGate.js";
import type { NoteObligation, StoredObligation } from "../storage/noteObligationRepository.js";
import { deliverToClinician, PersonalAppNotInstalled } from "./clinicianDelivery.js";
import { INSTALL_HINT, NOTE_CARD } from "./noteJobKinds.js";
import { noteCardMessage, type NoteJobDeps } from "./noteJobs.js";

export function noteCardJob(deps: NoteJobDeps): JobKind {
  return { kind: NOTE_CARD, run: (job, gate) => sendNoteCard(deps, job, gate) };
}

async function sendNoteCard(deps: NoteJobDeps, job: Job, gate: SendGate): Promise<JobOutcome> {
  const stored = await obligationOf(deps, job);
  if (!stored) return { kind: "ended", reason: "encounterNotClosed" };
  if (stored === "missing") return { kind: "ended", reason: "obligationMissing" };
  const o = stored.obligation;
  if (!o.jobsScheduled) await deps.notes.ensureJobs(o);
  if (o.filedAt) return { kind: "cancelled", reason: "noteFiled" };
  try {
    const sent = await deliverToClinician(deps, deps.sender, o, noteCardMessage(o, "open", deps.now()), gate);
    // The card is out: from here nothing may throw, or the job would be retried and the card sent twice.
    // The job record (written next) is what says "sent"; the obligation's summary follows when storage allows.
    // It starts from the row read above: only a write made since (ensureJobs, a filing) costs a re-read.
    await deps.obligations
      .update(
        o.tenantId,
        o.encounterId,
        (cur) => ({
          ...cur,
          cardDelivery: "sent",
          cardDeliveryReason: undefined,
          cardActivityId: sent.activityId,
          personalConversationId: sent.conversationId,
        }),
        stored,
      )
      .catch((error: unknown) =>
        deps.logger.error(
          { encounterId: o.encounterId, err: loggedError(error) },
          "card sent, delivery summary not saved",
        ),
      );
    return { kind: "sent", ...sent };
  } catch (error) {
    if (!(error instanceof PermanentSendFailure)) throw error;
    return clinicianUnreachable(deps, job, o, error);
  }
}

/** The obligation; opened now when the process that scheduled the card died first (undefined: encounter not closed). */
async function obligationOf(deps: NoteJobDeps, job: Job): Promise<StoredObligation | "missing" | undefined> {
  const stored = await deps.obligations.get(job.tenantId, job.subject);
  if (stored) return stored;
  const encounter = await deps.encounters.get(job.tenantId, job.subject);
  if (encounter?.encounter.status !== "closed") return undefined;
  await deps.notes.openFor(encounter.encounter);
  return (await deps.obligations.get(job.tenantId, job.subject)) ?? "missing";
}

/** The personal chat cannot be reached: record why, and tell the clinician in the meeting chat how to fix it. */
async function clinicianUnreachable(
  deps: NoteJobDeps,
  job: Job,
  o: NoteObligation,
  error: PermanentSendFailure,
): Promise<JobOutcome> {
  const notInstalled = error instanceof PersonalAppNotInstalled;
  const reason = error.failure.reason;
  await deps.obligations.update(o.tenantId, o.encounterId, (cur) => ({
    ...cur,
    cardDelivery: notInstalled ? "personalAppNotInstalled" : "unreachable",
    cardDeliveryReason: notInstalled ? error.connectorReason : reason,
  }));
  if (o.meetingConversationId) {
    await deps.jobs.schedule({
      tenantId: job.tenantId,
      subject: job.subject,
      kind: INSTALL_HINT,
      seq: 0,
      dueAt: deps.now(),
    });
  }
  deps.logger.warn({ encounterId: o.encounterId, reason }, "note obligation card not delivered 1:1");
  return { kind: "ended", reason };
}
