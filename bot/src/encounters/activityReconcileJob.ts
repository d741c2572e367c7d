/**
 * The reconcile of the monthly activity aggregates (issue 14; what it does: storage/activityReconcile.ts) as a job
 * kind of the durable queue. A write that moves a source's month asks for its reconcile the coming night, once per
 * source-month and day (seq = the day: scheduling it again is a no-op), so a month written to every day is
 * recounted every night and one nobody writes to is left alone. Subject: `activity:<by>:<key>:<yyyy-mm>` (never an
 * encounter id, which has no ':').
 */
import { DateTime } from "luxon";
import { CLINIC_ZONE } from "../domain/followUp.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import type { JobKind, JobScheduling } from "../jobs/job.js";
import type { Logger } from "../logger.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { AggregateTouched } from "../storage/indexMove.js";

/** The job's kind (stored in the queue: never rename). */
export const ACTIVITY_RECONCILE = "activityReconcile";

/** A quiet hour in Québec. */
const NIGHT_HOUR = 3;
const DAY_MS = 86_400_000;

export function reconcileSubject(source: ActivitySource, month: string): string {
  return `activity:${source.by}:${source.by === "team" ? source.teamKey : source.oid}:${month}`;
}

function reconcileTarget(subject: string): { source: ActivitySource; month: string } | undefined {
  const m = /^activity:(team|clinician|learner):(.+):(\d{4}-\d{2})$/.exec(subject);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  const source: ActivitySource =
    m[1] === "team" ? { by: "team", teamKey: m[2] } : { by: m[1] as "clinician" | "learner", oid: m[2] };
  return { source, month: m[3] };
}

export function activityReconcileJob(encounters: Pick<EncounterRepository, "reconcileMonth">): JobKind {
  return {
    kind: ACTIVITY_RECONCILE,
    run: async (job) => {
      const target = reconcileTarget(job.subject);
      if (!target) return { kind: "ended", reason: "notAMonth" };
      await encounters.reconcileMonth(job.tenantId, target.source, target.month);
      return { kind: "done" };
    },
  };
}

/** The next NIGHT_HOUR in Québec after `now`. */
function comingNight(now: Date): Date {
  const today = DateTime.fromJSDate(now)
    .setZone(CLINIC_ZONE)
    .set({ hour: NIGHT_HOUR, minute: 0, second: 0, millisecond: 0 });
  return (today.toMillis() > now.getTime() ? today : today.plus({ days: 1 })).toJSDate();
}

/**
 * The repository's aggregate hook: queues the month's reconcile for the coming night. This instance remembers what
 * it queued for that night (forgotten the next day), so a busy month costs one schedule per instance and day.
 */
export function scheduleNightlyReconcile(jobs: JobScheduling, now: () => Date, logger: Logger): AggregateTouched {
  let night = 0;
  const queued = new Set<string>();
  return (tenantId, source, month) => {
    const dueAt = comingNight(now());
    if (dueAt.getTime() !== night) {
      night = dueAt.getTime();
      queued.clear();
    }
    const subject = reconcileSubject(source, month);
    const key = `${tenantId} ${subject}`;
    if (queued.has(key)) return;
    queued.add(key);
    const spec = { tenantId, subject, kind: ACTIVITY_RECONCILE, seq: Math.floor(night / DAY_MS), dueAt };
    jobs.schedule(spec).catch((error: unknown) => {
      queued.delete(key);
      logger.warn({ subject, err: (error as Error).message }, "activity reconcile not queued");
    });
  };
}
