/**
 * The record-note obligation after a telehealth encounter (seed 003 §1.1, §8.8): the note is filed right
 * after the intervention and at the latest within 24 hours; one note per intervention.
 * Pure rules: deadline, reminder times, status. The note block text lives in progressNote.ts.
 */
import { Duration } from "luxon";
import type { ReminderPolicy } from "./teamConfig.js";

/** §1.1: "tout au plus dans les 24 heures suivant la prestation". A team may shorten it, never lengthen it. */
export const REGULATORY_NOTE_DEADLINE_MS = 24 * 60 * 60 * 1000;

export type ObligationStatus = "open" | "overdue" | "filedOnTime" | "filedLate";

function durationMs(iso: string): number {
  const d = Duration.fromISO(iso);
  if (!d.isValid) throw new RangeError(`Invalid ISO-8601 duration: ${iso}`);
  return d.toMillis();
}

/** The effective policy: the team's offsets when it has some, else the service defaults; the shortest deadline wins. */
export interface EffectivePolicy {
  deadlineMs: number;
  /** Offsets after the end of the encounter, ascending, each strictly before the deadline. */
  offsetsMs: number[];
}

export function effectivePolicy(serviceDefaults: ReminderPolicy, team?: Partial<ReminderPolicy>): EffectivePolicy {
  const candidates = [REGULATORY_NOTE_DEADLINE_MS, durationMs(serviceDefaults.deadline)];
  if (team?.deadline) candidates.push(durationMs(team.deadline));
  const deadlineMs = Math.min(...candidates.filter((ms) => ms > 0));
  const offsets = (team?.offsets && team.offsets.length > 0 ? team.offsets : serviceDefaults.offsets).map(durationMs);
  const offsetsMs = [...new Set(offsets)].filter((ms) => ms > 0 && ms < deadlineMs).sort((a, b) => a - b);
  return { deadlineMs, offsetsMs };
}

/** Deadline = end of the encounter + the effective deadline (never more than 24 h). */
export function noteDeadline(endedAt: Date, policy: EffectivePolicy): Date {
  return new Date(endedAt.getTime() + Math.min(policy.deadlineMs, REGULATORY_NOTE_DEADLINE_MS));
}

/** When each reminder falls due; a reminder that would fall before `openedAt` is dropped (the card itself just went out). */
export function reminderTimes(endedAt: Date, policy: EffectivePolicy, openedAt: Date = endedAt): Date[] {
  return policy.offsetsMs
    .map((ms) => new Date(endedAt.getTime() + ms))
    .filter((due) => due.getTime() > openedAt.getTime());
}

export interface ObligationTimes {
  endedAt: Date;
  deadline: Date;
  filedAt?: Date;
}

export function obligationStatus(o: ObligationTimes, now: Date): ObligationStatus {
  if (o.filedAt) return o.filedAt.getTime() <= o.deadline.getTime() ? "filedOnTime" : "filedLate";
  return now.getTime() > o.deadline.getTime() ? "overdue" : "open";
}

/** Whether a filing time meets the regulatory 24 h, whatever the team's own (shorter) deadline. */
export function filedWithin24h(endedAt: Date, filedAt: Date): boolean {
  return filedAt.getTime() - endedAt.getTime() <= REGULATORY_NOTE_DEADLINE_MS;
}

/**
 * The regulatory 24 h deadline (§1.1) when a local one (the team's or the deployment's) comes before it, for the
 * card to name both; undefined when the deadline is the regulatory one.
 */
export function regulatoryDeadlineAfter(endedAt: Date, deadline: Date): Date | undefined {
  const regulatory = endedAt.getTime() + REGULATORY_NOTE_DEADLINE_MS;
  return deadline.getTime() < regulatory ? new Date(regulatory) : undefined;
}

/** "Remind me later": after `snoozeMs`, but never after the deadline; undefined when the deadline has passed. */
export function snoozedReminderTime(now: Date, deadline: Date, snoozeMs: number): Date | undefined {
  if (now.getTime() >= deadline.getTime()) return undefined;
  return new Date(Math.min(now.getTime() + snoozeMs, deadline.getTime()));
}
