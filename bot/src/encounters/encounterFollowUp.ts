/**
 * The follow-up job chain (issue 14): what lets a card action answer after its one conditional write and queue the
 * rest (everyone's card update, the consent audit) afterwards without losing it if the instance dies in between.
 *
 * When an encounter opens, an "encounter.followUp" job is queued FOLLOW_UP_PERIOD_MS ahead, then the row's
 * `followUp` flag is set (storage/encounterFlags.ts). Each run:
 *  - reads the encounter, and for each shared card the row says changed (`cardChanges`: the version that last
 *    changed it) queues its refresh unless that refresh job exists already (one point read per card: the
 *    refresh job of a change is named by its version, sharedCardRefresh.ts) — the consent card's refresh job writes
 *    the consent events not yet in the audit first (consentAudit.ts), so they are covered too;
 *  - queues the next run, while the encounter is open and younger than FOLLOW_UP_MAX_AGE_MS; otherwise clears the
 *    flag with the ETag it read (a change meanwhile fails that write, and the chain goes on to see it).
 * A card action takes the short path only on a row whose flag it wrote over (encounterCommands.ts): with the flag
 * cleared, or on a row from before this existed, it queues the update before answering, as it always did. No table
 * scan anywhere: the chain visits only its own encounter.
 */
import type { Encounter } from "../domain/encounter.js";
import type { JobKind, JobOutcome, JobScheduling } from "../jobs/job.js";
import type { EncounterRepository, StoredEncounter } from "../storage/encounterRepository.js";
import type { JobRecordRepository } from "../storage/jobRecordRepository.js";
import type { EncounterListener } from "./encounterEvents.js";
import { refreshSeq, SHARED_CARD_REFRESH, SHARED_CARDS, type SharedCards } from "./sharedCardRefresh.js";

/** The job's kind (stored in the queue: never rename). */
export const ENCOUNTER_FOLLOW_UP = "encounter.followUp";

/** How long after a crash at worst before a change's card update and audit are queued by the chain. */
export const FOLLOW_UP_PERIOD_MS = 5 * 60_000;
/** An encounter never closed (no meetingEnd, no scheduled end) is followed this long after it started. */
export const FOLLOW_UP_MAX_AGE_MS = 24 * 3_600_000;

export interface FollowUpScheduling {
  jobs: JobScheduling;
  encounters: Pick<EncounterRepository, "markFollowUp">;
  now: () => Date;
}

function scheduleRun(deps: Pick<FollowUpScheduling, "jobs" | "now">, e: Encounter, seq: number): Promise<void> {
  const dueAt = new Date(deps.now().getTime() + FOLLOW_UP_PERIOD_MS);
  return deps.jobs.schedule({ tenantId: e.tenantId, subject: e.id, kind: ENCOUNTER_FOLLOW_UP, seq, dueAt });
}

/** The `opened` reaction: the chain's first run is queued, then the encounter row says the chain is alive. */
export function followUpOnOpened(deps: FollowUpScheduling): EncounterListener {
  return async (e) => {
    await scheduleRun(deps, e, 0);
    await deps.encounters.markFollowUp(e.tenantId, e.id, true);
  };
}

export interface FollowUpDeps extends FollowUpScheduling {
  encounters: Pick<EncounterRepository, "get" | "markFollowUp">;
  records: Pick<JobRecordRepository, "get">;
  sharedCards: Pick<SharedCards, "refresh">;
}

export function followUpJob(deps: FollowUpDeps): JobKind {
  return {
    kind: ENCOUNTER_FOLLOW_UP,
    // A chain that stopped would leave later changes without their safety net: never given up.
    givesUp: false,
    run: async (job): Promise<JobOutcome> => {
      const stored = await deps.encounters.get(job.tenantId, job.subject, { retention: false });
      if (!stored) return { kind: "ended", reason: "encounterGone" };
      await queueMissedRefreshes(deps, stored);
      const e = stored.encounter;
      const young = deps.now().getTime() - Date.parse(e.startedAt) < FOLLOW_UP_MAX_AGE_MS;
      const ended = e.status !== "open" || !young;
      if (ended && (await deps.encounters.markFollowUp(e.tenantId, e.id, false, stored.etag))) return { kind: "done" };
      await scheduleRun(deps, e, job.seq + 1);
      return { kind: "done" };
    },
  };
}

/** Each card's last change has its refresh job, or gets one now. */
async function queueMissedRefreshes(deps: FollowUpDeps, stored: StoredEncounter): Promise<void> {
  const { encounter, cardChanges = {} } = stored;
  for (const card of SHARED_CARDS) {
    const version = cardChanges[card];
    if (version === undefined) continue;
    const seq = refreshSeq(version, card);
    if (!(await deps.records.get(encounter.tenantId, encounter.id, SHARED_CARD_REFRESH, seq)))
      await deps.sharedCards.refresh(encounter, version, [card]);
  }
}
