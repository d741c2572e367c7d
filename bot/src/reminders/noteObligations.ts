/**
 * The note obligation's life: opened exactly once when the encounter closes (whoever closed it: `onClosed`), its
 * jobs scheduled durably in the job queue (bot/src/jobs), filed by the clinician (cancelling what is left),
 * snoozed, flagged overdue. Reads for the activity view: `statusOf`.
 */
import { Duration } from "luxon";
import type { AppConfig } from "../config.js";
import { ForbiddenError, NotFoundError } from "../errors.js";
import { setNoteStatus, type Encounter, type NoteStatus } from "../domain/encounter.js";
import {
  effectivePolicy,
  filedWithin24h,
  noteDeadline,
  obligationStatus,
  reminderTimes,
  snoozedReminderTime,
  type EffectivePolicy,
  type ObligationStatus,
} from "../domain/noteObligation.js";
import type { ReminderPolicy } from "../domain/teamConfig.js";
import type { EncounterListener } from "../encounters/encounterEvents.js";
import { DEFAULT_LOCALE } from "../i18n/locale.js";
import type { JobScheduling } from "../jobs/job.js";
import type { JobQueue } from "../jobs/jobQueue.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { JobRecord } from "../storage/jobRecordRepository.js";
import type { NoteObligation, NoteObligationRepository } from "../storage/noteObligationRepository.js";
import { noteFactsOf } from "./noteFacts.js";
import { CANCELLED_WHEN_FILED, NOTE_CARD, NOTE_JOB_KINDS, OVERDUE, REMINDER, SNOOZE } from "./noteJobKinds.js";

export interface NoteObligationDeps {
  obligations: Pick<NoteObligationRepository, "create" | "get" | "update">;
  /** The job queue: schedules, lists and cancels the obligation's jobs. */
  jobs: JobScheduling & Pick<JobQueue, "recordsOf" | "cancel">;
  encounters: Pick<EncounterRepository, "get" | "update">;
  reminders: AppConfig["reminders"];
  logger: Logger;
  now: () => Date;
  /** The team's own policy (configurable tab), when it has one. */
  teamPolicy?: (tenantId: string, teamKey: string) => Promise<ReminderPolicy | undefined>;
}

const NOT_FOUND = { "fr-CA": "obligation de note de cette rencontre", en: "note obligation of this encounter" };
const NOT_YOURS = {
  "fr-CA": "Seul le clinicien ou la clinicienne de cette rencontre peut indiquer que la note est déposée.",
  en: "Only the clinician of this encounter can mark the note as filed.",
};

/**
 * The obligation a closed encounter opens (§1.1, §8.8), before any job is scheduled or card sent: its
 * deadline and reminder times under `policy`, and the facts of its note block.
 */
export function newObligation(
  e: Encounter,
  clinician: { id: string; userId?: string },
  policy: EffectivePolicy,
  openedAt: Date,
): NoteObligation {
  const endedAt = new Date(e.endedAt ?? openedAt.toISOString());
  return {
    tenantId: e.tenantId,
    encounterId: e.id,
    clinicianId: clinician.id,
    clinicianUserId: clinician.userId,
    meetingConversationId: e.conversationId,
    teamKey: e.teamKey,
    locale: DEFAULT_LOCALE,
    endedAt: endedAt.toISOString(),
    deadline: noteDeadline(endedAt, policy).toISOString(),
    openedAt: openedAt.toISOString(),
    openedBy: e.closedBy ?? "clinician",
    reminderTimes: reminderTimes(endedAt, policy, openedAt).map((d) => d.toISOString()),
    facts: noteFactsOf(e, endedAt.toISOString()),
    jobsScheduled: false,
    cardDelivery: "pending",
  };
}

export class NoteObligations {
  constructor(private readonly deps: NoteObligationDeps) {}

  /** The clinician who owes the note: the organiser, else the first clinician who acted. */
  clinicianOf(e: Encounter): { id: string; userId?: string } | undefined {
    const id = e.organizerId ?? e.clinicianIds[0];
    if (!id) return undefined;
    const index = e.clinicianIds.indexOf(id);
    // clinicianIds and refreshUserIds grow together; trust the pairing only when they are the same length.
    const userId =
      index >= 0 && e.clinicianIds.length === e.refreshUserIds.length ? e.refreshUserIds[index] : undefined;
    return { id, userId };
  }

  /** Opens the obligation for a closed encounter. Exactly once: the obligation row is create-if-absent. */
  async openFor(e: Encounter): Promise<{ opened: boolean; obligation?: NoteObligation }> {
    const clinician = this.clinicianOf(e);
    if (!clinician) {
      this.deps.logger.warn(
        { encounterId: e.id },
        "encounter closed without a known clinician: no note obligation to send",
      );
      return { opened: false };
    }
    const now = this.deps.now();
    // The durable intent first: if this process dies below, the noteCard job opens the obligation when it runs.
    await this.deps.jobs.schedule({
      tenantId: e.tenantId,
      subject: e.id,
      kind: NOTE_CARD,
      seq: 0,
      dueAt: now,
      recipientId: clinician.id,
    });
    const team = e.teamKey && this.deps.teamPolicy ? await this.deps.teamPolicy(e.tenantId, e.teamKey) : undefined;
    const policy = effectivePolicy(
      { offsets: this.deps.reminders.offsets, deadline: this.deps.reminders.noteDeadline },
      team,
    );
    const obligation = newObligation(e, clinician, policy, now);
    const { created, stored } = await this.deps.obligations.create(obligation);
    if (created || !stored.obligation.jobsScheduled) await this.ensureJobs(stored.obligation);
    return { opened: created, obligation: stored.obligation };
  }

  /** Enqueues the reminders and the overdue check (idempotent), then marks them scheduled. */
  async ensureJobs(o: NoteObligation): Promise<void> {
    const base = { tenantId: o.tenantId, subject: o.encounterId, recipientId: o.clinicianId };
    for (const [i, due] of o.reminderTimes.entries())
      await this.deps.jobs.schedule({ ...base, kind: REMINDER, seq: i + 1, dueAt: new Date(due) });
    await this.deps.jobs.schedule({ ...base, kind: OVERDUE, seq: 0, dueAt: new Date(o.deadline) });
    await this.deps.obligations.update(o.tenantId, o.encounterId, (cur) =>
      cur.jobsScheduled ? cur : { ...cur, jobsScheduled: true },
    );
  }

  /** The obligation's jobs (card, reminders, snoozes, overdue check, install hint) and what became of each. */
  async jobsOf(tenantId: string, encounterId: string): Promise<JobRecord[]> {
    return (await this.deps.jobs.recordsOf(tenantId, encounterId)).filter((j) => NOTE_JOB_KINDS.includes(j.kind));
  }

  /** "Note déposée": records when, and whether on time; cancels the reminders still pending. Idempotent. */
  async markFiled(tenantId: string, encounterId: string, by: string): Promise<NoteObligation> {
    await this.authorize(tenantId, encounterId, by);
    const at = this.deps.now();
    const result = await this.deps.obligations.update(tenantId, encounterId, (o) =>
      o.filedAt
        ? o
        : {
            ...o,
            filedAt: at.toISOString(),
            filedBy: by,
            filedOnTime: at.getTime() <= Date.parse(o.deadline),
            filedWithin24h: filedWithin24h(new Date(o.endedAt), at),
          },
    );
    if (!result) throw new NotFoundError(NOT_FOUND);
    if (result.changed) {
      await this.cancelPending(tenantId, encounterId);
      await this.syncEncounter(tenantId, encounterId, "filed", result.obligation.filedAt);
    }
    return result.obligation;
  }

  /** "Rappeler plus tard": one more reminder after the snooze delay, never after the deadline. */
  async snooze(
    tenantId: string,
    encounterId: string,
    by: string,
  ): Promise<{ obligation: NoteObligation; remindAt?: Date }> {
    const o = await this.authorize(tenantId, encounterId, by);
    if (o.filedAt) return { obligation: o };
    const now = this.deps.now();
    const snoozeMs = Duration.fromISO(this.deps.reminders.snooze).toMillis();
    const remindAt = snoozedReminderTime(now, new Date(o.deadline), snoozeMs);
    if (remindAt)
      await this.deps.jobs.schedule({
        tenantId,
        subject: encounterId,
        kind: SNOOZE,
        seq: now.getTime(),
        dueAt: remindAt,
        recipientId: o.clinicianId,
      });
    return { obligation: o, remindAt };
  }

  /** At the deadline, when the note is still not filed. Returns false when there is nothing to flag. */
  async markOverdue(tenantId: string, encounterId: string): Promise<boolean> {
    const at = this.deps.now().toISOString();
    const result = await this.deps.obligations.update(tenantId, encounterId, (o) =>
      o.filedAt || o.overdueAt ? o : { ...o, overdueAt: at },
    );
    if (!result || result.obligation.filedAt) return false;
    if (result.changed) await this.syncEncounter(tenantId, encounterId, "overdue");
    return true;
  }

  /** For the activity view (issue 4): open / overdue / filed on time / filed late, per encounter. */
  async statusOf(
    tenantId: string,
    encounterId: string,
  ): Promise<{ status: ObligationStatus; obligation: NoteObligation } | undefined> {
    const stored = await this.deps.obligations.get(tenantId, encounterId);
    if (!stored) return undefined;
    const o = stored.obligation;
    const computed = obligationStatus(
      {
        endedAt: new Date(o.endedAt),
        deadline: new Date(o.deadline),
        filedAt: o.filedAt ? new Date(o.filedAt) : undefined,
      },
      this.deps.now(),
    );
    // Flagged by the overdue job at the deadline itself: the flag wins over a clock a few ms behind.
    const status = computed === "open" && o.overdueAt ? "overdue" : computed;
    return { status, obligation: o };
  }

  private async authorize(tenantId: string, encounterId: string, by: string): Promise<NoteObligation> {
    const stored = await this.deps.obligations.get(tenantId, encounterId);
    if (!stored) throw new NotFoundError(NOT_FOUND);
    if (stored.obligation.clinicianId === by) return stored.obligation;
    const encounter = await this.deps.encounters.get(tenantId, encounterId);
    if (encounter?.encounter.clinicianIds.includes(by)) return stored.obligation;
    throw new ForbiddenError(NOT_YOURS);
  }

  private async cancelPending(tenantId: string, encounterId: string): Promise<void> {
    for (const job of await this.jobsOf(tenantId, encounterId))
      if (CANCELLED_WHEN_FILED.includes(job.kind)) await this.deps.jobs.cancel(tenantId, encounterId, job, "noteFiled");
  }

  /** Keeps the encounter's summary (activity view) in step with the obligation. */
  private async syncEncounter(
    tenantId: string,
    encounterId: string,
    status: NoteStatus,
    at = this.deps.now().toISOString(),
  ): Promise<void> {
    await this.deps.encounters.update(tenantId, encounterId, (e) =>
      e.noteStatus === "filed" ? e : setNoteStatus(e, status, at),
    );
  }
}

/** The `closed` reaction: the note obligation opens (exactly once, whoever closed the encounter). */
export function openObligationOnClosed(notes: Pick<NoteObligations, "openFor">): EncounterListener {
  return async (e) => {
    await notes.openFor(e);
  };
}
