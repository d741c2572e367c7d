/**
 * The roster refresh as a job kind of the durable queue (bot/src/jobs): each installed team's roster is read
 * again from Teams every ROSTER_REFRESH_INTERVAL, then the next refresh is queued (teamInstallation.ts). The
 * job's subject is the team's (`team:<groupId>`: never a valid encounter id, which has no ':').
 */
import type { JobKind, JobScheduling } from "../jobs/job.js";

/** The job's kind (stored in the queue: never rename). */
export const ROSTER_REFRESH = "rosterRefresh";

export function teamJobSubject(groupId: string): string {
  return `team:${groupId}`;
}

export function groupIdOfTeamSubject(subject: string): string | undefined {
  return subject.startsWith("team:") ? subject.slice("team:".length) : undefined;
}

/** What the job calls (TeamInstallation): refreshes the roster and queues the next; false when the team is gone. */
export interface RosterRefresh {
  refreshScheduled: (tenantId: string, groupId: string) => Promise<boolean>;
}

export function rosterRefreshJob(rosters: RosterRefresh): JobKind {
  return {
    kind: ROSTER_REFRESH,
    run: async (job) => {
      const groupId = groupIdOfTeamSubject(job.subject);
      if (!groupId) return { kind: "ended", reason: "notATeam" };
      return (await rosters.refreshScheduled(job.tenantId, groupId))
        ? { kind: "done" }
        : { kind: "ended", reason: "teamRemoved" };
    },
  };
}

/** Queues a team's next refresh, `intervalMs` from now (one job per interval: seq = its number since the epoch). */
export function scheduleRosterRefresh(
  jobs: JobScheduling,
  intervalMs: number,
  now: () => Date,
): (tenantId: string, groupId: string) => Promise<void> {
  return async (tenantId, groupId) => {
    const dueMs = now().getTime() + intervalMs;
    await jobs.schedule({
      tenantId,
      subject: teamJobSubject(groupId),
      kind: ROSTER_REFRESH,
      seq: Math.floor(dueMs / intervalMs),
      dueAt: new Date(dueMs),
    });
  };
}
