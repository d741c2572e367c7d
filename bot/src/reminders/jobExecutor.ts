/**
 * Runs one claimed job and records what happened on its job record (tenant-scoped) before the scheduler
 * removes it from the queue. A job whose record already says sent/cancelled/ended is not run again: this is
 * what makes a replay after a crash between "recorded" and "removed" harmless.
 */
import {
  buildNoteObligationCard,
  installHintText,
  noteObligationSummary,
  type NoteCardState,
} from "../cards/noteObligation/noteObligationCard.js";
import { progressNoteBlock } from "../domain/noteObligationBlock.js";
import { closeEncounter } from "../encounters/encounterLifecycle.js";
import type { Services } from "../services.js";
import type { JobRecord, NoteObligation, NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { QueuedJob } from "../storage/reminderRepository.js";
import type { NoteObligations } from "./noteObligations.js";
import type { OutgoingMessage, ProactiveSender } from "./ports.js";
import { PermanentSendFailure, type SendGate } from "./sendGate.js";
import { deliverToClinician, PersonalAppNotInstalled } from "./clinicianDelivery.js";
import { groupIdOfTeamSubject } from "./jobs.js";

export type JobOutcome =
  | { kind: "sent"; activityId?: string; conversationId: string }
  | { kind: "done" }
  | { kind: "cancelled"; reason: string }
  | { kind: "ended"; reason: string }
  /** The record already held a final state: nothing was done. */
  | { kind: "alreadyFinal" }
  /** Retention: the encounter's rows are gone, its job records too — nothing is recorded. */
  | { kind: "purged" };

export type ExecutorServices = Pick<
  Services,
  "conversations" | "encounters" | "encounterEvents" | "logger" | "now" | "reminders"
>;

/** Team jobs (rosters/): false when the team is gone. */
export interface TeamJobs {
  refreshRoster: (tenantId: string, groupId: string) => Promise<boolean>;
}

export class JobExecutor {
  constructor(
    private readonly services: ExecutorServices,
    private readonly obligations: NoteObligationRepository,
    private readonly notes: NoteObligations,
    private readonly sender: ProactiveSender,
    private readonly teamJobs?: TeamJobs,
  ) {}

  async run(job: QueuedJob, gate: SendGate): Promise<JobOutcome> {
    const record = await this.obligations.getJob(job.tenantId, job.encounterId, job.kind, job.seq);
    if (record && record.state !== "scheduled") return { kind: "alreadyFinal" };
    // Every job is recorded before it is queued: no record means the encounter was purged (retention.ts). Nothing to do.
    if (!record && job.kind !== "purgeEncounter") return { kind: "alreadyFinal" };
    const outcome = await this.execute(job, gate);
    await this.record(job, record, outcome);
    return outcome;
  }

  /** Records a job ended by the scheduler itself (e.g. retried past its give-up time). */
  async end(job: QueuedJob, reason: string): Promise<void> {
    const record = await this.obligations.getJob(job.tenantId, job.encounterId, job.kind, job.seq);
    await this.record(job, record, { kind: "ended", reason });
  }

  private async record(job: QueuedJob, record: JobRecord | undefined, outcome: JobOutcome): Promise<void> {
    if (outcome.kind === "alreadyFinal" || outcome.kind === "purged") return;
    const now = this.services.now().toISOString();
    const base: JobRecord = record ?? {
      kind: job.kind,
      seq: job.seq,
      state: "scheduled",
      dueAt: job.dueAt.toISOString(),
      location: job.location,
      updatedAt: now,
    };
    const next: JobRecord =
      outcome.kind === "sent"
        ? {
            ...base,
            state: "sent",
            sentAt: now,
            activityId: outcome.activityId,
            conversationId: outcome.conversationId,
            updatedAt: now,
          }
        : outcome.kind === "done"
          ? { ...base, state: "sent", sentAt: now, updatedAt: now }
          : outcome.kind === "cancelled"
            ? { ...base, state: "cancelled", endedReason: outcome.reason, updatedAt: now }
            : { ...base, state: "ended", endedReason: outcome.reason, updatedAt: now };
    await this.obligations.saveJob(job.tenantId, job.encounterId, next);
  }

  private async execute(job: QueuedJob, gate: SendGate): Promise<JobOutcome> {
    switch (job.kind) {
      case "autoClose":
        return this.autoClose(job);
      case "installHint":
        return this.installHint(job, gate);
      case "purgeEncounter":
        await this.services.reminders.retention.purge(job);
        return { kind: "purged" };
      case "noteCard":
        return this.noteCard(job, gate);
      case "reminder":
      case "snooze":
      case "overdue":
        return this.reminder(job, gate);
      case "rosterRefresh":
        return this.rosterRefresh(job);
    }
  }

  private async rosterRefresh(job: QueuedJob): Promise<JobOutcome> {
    const groupId = groupIdOfTeamSubject(job.encounterId);
    if (!groupId || !this.teamJobs) return { kind: "ended", reason: "notATeam" };
    return (await this.teamJobs.refreshRoster(job.tenantId, groupId))
      ? { kind: "done" }
      : { kind: "ended", reason: "teamRemoved" };
  }

  /** Meeting events never came: close at the scheduled end; the `closed` listener then opens the obligation. */
  private async autoClose(job: QueuedJob): Promise<JobOutcome> {
    const stored = await this.services.encounters.get(job.tenantId, job.encounterId);
    if (!stored) return { kind: "ended", reason: "encounterMissing" };
    if (stored.encounter.status === "closed") return { kind: "cancelled", reason: "alreadyClosed" };
    const endedAt = stored.encounter.scheduledEnd ?? job.dueAt.toISOString();
    await closeEncounter(this.services, {
      tenantId: job.tenantId,
      encounterId: job.encounterId,
      endedAt,
      closedBy: "scheduler",
    });
    return { kind: "done" };
  }

  private async noteCard(job: QueuedJob, gate: SendGate): Promise<JobOutcome> {
    let stored = await this.obligations.get(job.tenantId, job.encounterId);
    if (!stored) {
      // The process that scheduled this card died before opening the obligation: open it now.
      const encounter = await this.services.encounters.get(job.tenantId, job.encounterId);
      if (!encounter || encounter.encounter.status !== "closed") return { kind: "ended", reason: "encounterNotClosed" };
      await this.notes.openFor(encounter.encounter);
      stored = await this.obligations.get(job.tenantId, job.encounterId);
      if (!stored) return { kind: "ended", reason: "obligationMissing" };
    }
    const o = stored.obligation;
    if (!o.jobsScheduled) await this.notes.ensureJobs(o);
    if (o.filedAt) return { kind: "cancelled", reason: "noteFiled" };
    try {
      const sent = await deliverToClinician(this.services, this.sender, o, this.cardMessage(o, "open"), gate);
      // The card is out: from here nothing may throw, or the job would be retried and the card sent twice.
      // The job record (written next) is what says "sent"; the obligation's summary follows when storage allows.
      await this.obligations
        .update(o.tenantId, o.encounterId, (cur) => ({
          ...cur,
          cardDelivery: "sent",
          cardDeliveryReason: undefined,
          cardActivityId: sent.activityId,
          personalConversationId: sent.conversationId,
        }))
        .catch((error: unknown) =>
          this.services.logger.error(
            { encounterId: o.encounterId, err: { name: (error as Error).name } },
            "card sent, delivery summary not saved",
          ),
        );
      return { kind: "sent", ...sent };
    } catch (error) {
      if (!(error instanceof PermanentSendFailure)) throw error;
      return this.clinicianUnreachable(job, o, error);
    }
  }

  /** The personal chat cannot be reached: record why, and tell the clinician in the meeting chat how to fix it. */
  private async clinicianUnreachable(
    job: QueuedJob,
    o: NoteObligation,
    error: PermanentSendFailure,
  ): Promise<JobOutcome> {
    const notInstalled = error instanceof PersonalAppNotInstalled;
    const reason = error.failure.reason;
    await this.obligations.update(o.tenantId, o.encounterId, (cur) => ({
      ...cur,
      cardDelivery: notInstalled ? "personalAppNotInstalled" : "unreachable",
      cardDeliveryReason: notInstalled ? error.connectorReason : reason,
    }));
    if (o.meetingConversationId) {
      await this.notes.schedule({
        tenantId: job.tenantId,
        encounterId: job.encounterId,
        kind: "installHint",
        seq: 0,
        dueAt: this.services.now(),
      });
    }
    this.services.logger.warn(
      { encounterId: o.encounterId, reason: error.failure.reason },
      "note obligation card not delivered 1:1",
    );
    return { kind: "ended", reason };
  }

  private async reminder(job: QueuedJob, gate: SendGate): Promise<JobOutcome> {
    const stored = await this.obligations.get(job.tenantId, job.encounterId);
    if (!stored) return { kind: "ended", reason: "obligationMissing" };
    const o = stored.obligation;
    if (o.filedAt) return { kind: "cancelled", reason: "noteFiled" };
    let state: NoteCardState = this.services.now().getTime() > Date.parse(o.deadline) ? "overdue" : "reminder";
    if (job.kind === "overdue") {
      if (!(await this.notes.markOverdue(o.tenantId, o.encounterId))) return { kind: "cancelled", reason: "noteFiled" };
      state = "overdue";
    }
    try {
      return {
        kind: "sent",
        ...(await deliverToClinician(this.services, this.sender, o, this.cardMessage(o, state), gate)),
      };
    } catch (error) {
      if (!(error instanceof PermanentSendFailure)) throw error;
      return { kind: "ended", reason: error.failure.reason };
    }
  }

  private async installHint(job: QueuedJob, gate: SendGate): Promise<JobOutcome> {
    const stored = await this.obligations.get(job.tenantId, job.encounterId);
    const conversationId = stored?.obligation.meetingConversationId;
    const meeting = conversationId
      ? await this.services.conversations.getConversation(job.tenantId, conversationId)
      : undefined;
    if (!meeting) return { kind: "ended", reason: "meetingConversationUnknown" };
    try {
      const sent = await gate(meeting.reference.conversation.id, () =>
        this.sender.send(meeting.reference, { kind: "text", text: installHintText() }),
      );
      return { kind: "sent", activityId: sent.activityId, conversationId: meeting.reference.conversation.id };
    } catch (error) {
      if (!(error instanceof PermanentSendFailure)) throw error;
      return { kind: "ended", reason: error.failure.reason };
    }
  }

  private cardMessage(o: NoteObligation, state: NoteCardState): OutgoingMessage {
    const now = this.services.now().toISOString();
    const card = buildNoteObligationCard({
      locale: o.locale,
      state,
      encounterId: o.encounterId,
      endedAt: o.endedAt,
      deadline: o.deadline,
      block: progressNoteBlock(o.facts, o.locale),
      now,
    });
    return { kind: "card", card, summary: noteObligationSummary(state, o.deadline, o.locale) };
  }
}
